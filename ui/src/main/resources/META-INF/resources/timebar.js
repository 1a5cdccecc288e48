// The time bar: click or drag along it to replay an instant (snapping to a marked change nearby),
// ← and → step to the previous and next change. Every step is a plain link: the URL always names
// the instant shown, and without this script the marks and step links still work.
(function () {
  'use strict';
  var SNAP_PX = 6;

  function bar() {
    return document.getElementById('timebar');
  }

  function iso(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  }

  // The instant under the pointer, snapped to a marked change within a few pixels.
  function instantAt(event) {
    var nav = bar();
    var track = document.getElementById('timebar-track');
    var box = track.getBoundingClientRect();
    var from = Date.parse(nav.getAttribute('data-from'));
    var to = Date.parse(nav.getAttribute('data-to'));
    var f = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    var best = null;
    var marks = track.querySelectorAll('.timebar-mark rect');
    for (var i = 0; i < marks.length; i++) {
      var mbox = marks[i].getBoundingClientRect();
      var d = Math.abs(mbox.left + mbox.width / 2 - event.clientX);
      if (d <= SNAP_PX && (best === null || d < best.d)) {
        best = {d: d, href: marks[i].parentNode.getAttribute('href')};
      }
    }
    var at = from + f * (to - from);
    return {at: at, href: best ? best.href : null, live: at >= Math.min(to, Date.now())};
  }

  function go(target) {
    var nav = bar();
    location.href = target.href || (target.live ? nav.getAttribute('data-live')
        : nav.getAttribute('data-base') + 'at=' + iso(target.at));
  }

  function hover(event) {
    var out = document.getElementById('timebar-hover');
    var track = document.getElementById('timebar-track');
    if (!out || !track) {
      return;
    }
    var target = instantAt(event);
    out.hidden = false;
    out.textContent = target.live ? 'now' : iso(target.at).replace('T', ' ').replace('Z', ' UTC') + (target.href ? ' (a change)' : '');
    var box = track.getBoundingClientRect();
    out.style.left = Math.max(0, event.clientX - box.left - 60) + 'px';
  }

  var dragging = false;

  document.addEventListener('pointerdown', function (event) {
    if (event.target.closest && event.target.closest('#timebar-track') && event.button === 0) {
      dragging = true;
      event.preventDefault();
      hover(event);
    }
  });
  document.addEventListener('pointermove', function (event) {
    if (dragging || (event.target.closest && event.target.closest('#timebar-track'))) {
      hover(event);
    }
  });
  document.addEventListener('pointerup', function (event) {
    if (dragging) {
      dragging = false;
      go(instantAt(event));
    }
  });
  document.addEventListener('click', function (event) {
    // A click on the track replays where it landed (pointerup has already navigated).
    if (event.target.closest && event.target.closest('#timebar-track')) {
      event.preventDefault();
    }
  });
  document.addEventListener('pointerleave', function () {
    var out = document.getElementById('timebar-hover');
    if (out && !dragging) {
      out.hidden = true;
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !bar()) {
      return;
    }
    var t = event.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) {
      return;
    }
    var step = event.key === 'ArrowLeft' ? document.getElementById('step-prev')
        : event.key === 'ArrowRight' ? document.getElementById('step-next') : null;
    if (step) {
      event.preventDefault();
      location.href = step.getAttribute('href');
    }
  });
})();

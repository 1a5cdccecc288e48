// Ages tick between reloads: every <time datetime> written as an age ("42s ago", "in 3m") is
// rewritten each second from its timestamp, counted from the instant the view was computed for
// (the footer's <time id="view-at">) plus the time this page has been open, so a skewed clock in
// the browser changes nothing. A replay has no view-at and is left as it stood.
(function () {
  'use strict';
  var AGE = /^(in )?\d+[smhd]( \d+[smh])?( ago)?$/;

  // The same wording as the server's (Ages.describe): "45s", "3m 1s", "12m", "3h 5m", "2d 4h".
  function describe(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    if (seconds < 120) {
      return seconds + 's';
    }
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) {
      return seconds % 60 === 0 || minutes >= 10 ? minutes + 'm' : minutes + 'm ' + (seconds % 60) + 's';
    }
    var hours = Math.floor(minutes / 60);
    if (hours < 48) {
      return hours + 'h ' + (minutes % 60) + 'm';
    }
    return Math.floor(hours / 24) + 'd ' + (hours % 24) + 'h';
  }

  var viewAt = null;
  var openedAt = 0;

  function now() {
    var marker = document.getElementById('view-at');
    if (!marker) {
      return null;
    }
    var at = Date.parse(marker.getAttribute('datetime'));
    if (isNaN(at)) {
      return null;
    }
    if (at !== viewAt) { // a new view (first look, or the page's content was replaced)
      viewAt = at;
      openedAt = Date.now();
    }
    return viewAt + (Date.now() - openedAt);
  }

  function tick() {
    var t = now();
    if (t === null) {
      return;
    }
    var times = document.querySelectorAll('time[datetime]');
    for (var i = 0; i < times.length; i++) {
      var el = times[i];
      var text = el.textContent;
      if (el.id === 'view-at' || !AGE.test(text)) {
        continue;
      }
      var at = Date.parse(el.getAttribute('datetime'));
      if (isNaN(at)) {
        continue;
      }
      var delta = (t - at) / 1000;
      // An age of an instant ahead of the view stays "0s ago", as the server writes it; a
      // countdown ("in 3m") runs down and then on into an age.
      var next = delta >= 0 ? describe(delta) + ' ago'
          : / ago$/.test(text) ? '0s ago' : 'in ' + describe(-delta);
      if (next !== text) {
        el.textContent = next;
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    tick();
    window.setInterval(tick, 1000);
  });
})();

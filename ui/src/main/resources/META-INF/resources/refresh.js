// The page at now reloads itself every 30 s, keeping where the reader had scrolled to. The reader
// can pause it (WCAG 2.2.1: a timed change must be adjustable); the choice is kept in this
// browser's localStorage. A replay never reloads: it has no view-at.
(function () {
  'use strict';
  var KEY = 'command-center.refresh';
  var SCROLL = 'command-center.scroll';
  var EVERY_MS = 30000;
  var timer = null;

  function paused() {
    try {
      return window.localStorage.getItem(KEY) === 'paused';
    } catch (e) {
      return false;
    }
  }

  function setPaused(value) {
    try {
      if (value) {
        window.localStorage.setItem(KEY, 'paused');
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) {
      // the choice lasts for this page only
    }
  }

  function reload() {
    var active = document.activeElement;
    if (active && active.tagName === 'INPUT') {
      schedule(); // someone is typing an instant to replay: not now
      return;
    }
    try {
      window.sessionStorage.setItem(SCROLL, JSON.stringify({path: location.pathname + location.search, y: window.scrollY}));
    } catch (e) {
      // the reload starts at the top
    }
    location.reload();
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(reload, EVERY_MS);
  }

  function restoreScroll() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(SCROLL) || 'null');
      window.sessionStorage.removeItem(SCROLL);
      if (saved && saved.path === location.pathname + location.search && !location.hash) {
        window.scrollTo(0, saved.y);
      }
    } catch (e) {
      // nothing to restore
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('refresh-toggle');
    var state = document.getElementById('refresh-state');
    if (!document.getElementById('view-at') || !button) {
      return;
    }
    restoreScroll();
    function show() {
      var off = paused();
      button.setAttribute('aria-pressed', off ? 'true' : 'false');
      if (state) {
        state.textContent = off ? 'refresh paused' : 'refreshes every 30 s';
      }
      if (off) {
        window.clearTimeout(timer);
      } else {
        schedule();
      }
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      setPaused(!paused());
      show();
    });
    show();
  });
})();

// The colour scheme: the system's (prefers-color-scheme) unless the operator chose the other one
// with the toggle; the choice is kept in this browser's localStorage only, never sent anywhere.
// Loaded in <head> without defer, so a chosen scheme applies before the first paint.
(function () {
  'use strict';
  var KEY = 'command-center.theme';
  var root = document.documentElement;
  var system = window.matchMedia('(prefers-color-scheme: dark)');

  function stored() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (e) {
      return null; // storage refused (private mode, policy): follow the system
    }
  }

  function remember(scheme) {
    try {
      // Choosing what the system already says means "follow the system" again.
      if ((scheme === 'dark') === system.matches) {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, scheme);
      }
    } catch (e) {
      // the choice lasts for this page only
    }
  }

  function current() {
    var chosen = root.getAttribute('data-theme');
    return chosen || (system.matches ? 'dark' : 'light');
  }

  var chosen = stored();
  if (chosen === 'dark' || chosen === 'light') {
    root.setAttribute('data-theme', chosen);
  }

  function show(button) {
    button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) {
      return;
    }
    button.hidden = false;
    show(button);
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      remember(next);
      show(button);
    });
    system.addEventListener('change', function () {
      show(button);
    });
  });
})();

// The page at now stays live in place: it listens to the server's events (/live) and, when the
// log moved, asks for its own live fragment again (same URL, same filters, with the fragment's
// entity tag: "304 Not Modified" when nothing it shows changed), then patches only the elements
// that differ, so scroll position, focus, open details and typed filters survive. A page that
// loses the server says so at the top within seconds: a cut-off dashboard must not look live.
// The reader can pause updates (WCAG 2.2.1); the choice is kept in this browser's localStorage.
// A replay has no live-version and never updates.
// A browser allows six connections to one server, and the stream holds one for as long as it is
// open: a page left for another (and kept by the browser's back/forward cache) or a tab in the
// background closes its stream, and opens it again when shown, fetching what it missed; otherwise
// six such pages would leave the seventh waiting a minute for a connection.
(function () {
  'use strict';
  var KEY = 'command-center.refresh';
  var SILENCE_MS = 4000; // the server speaks at least every 2 s
  var RETRY_MS = 2000;
  var source = null;
  var watchdog = null;
  var version = null;
  var tag = null;
  var fetching = false;
  var again = false;
  var cutOffSince = null;
  var request = null;

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

  function utc(ms) {
    return new Date(ms).toISOString().replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
  }

  function show(state, text) {
    var status = document.getElementById('live-status');
    var footer = document.getElementById('live-state');
    document.body.setAttribute('data-live', state);
    if (status) {
      status.hidden = state === 'live';
      status.className = 'live-status live-' + state;
      if (status.textContent !== text) {
        status.textContent = state === 'live' ? '' : text;
      }
    }
    if (footer) {
      footer.textContent = {live: 'live: updates in place as the log changes', paused: 'live updates paused',
        'cut-off': 'disconnected: not updating'}[state];
    }
  }

  function live() {
    if (cutOffSince !== null) {
      cutOffSince = null;
    }
    show('live', '');
  }

  function cutOff(why) {
    if (paused()) {
      return;
    }
    if (cutOffSince === null) {
      cutOffSince = Date.now();
    }
    show('cut-off', '⚠ Disconnected: ' + why + ' since ' + utc(cutOffSince)
        + '. This page is not updating; what it shows may be out of date. Reconnecting…');
  }

  function arm() {
    window.clearTimeout(watchdog);
    watchdog = window.setTimeout(function () {
      cutOff('no word from the server');
      connect(); // a silent connection is as good as lost: start a new one
    }, SILENCE_MS);
  }

  function heard(event) {
    arm();
    var wasCutOff = cutOffSince !== null;
    live();
    if (event.data !== version || wasCutOff) {
      version = event.data;
      update();
    }
  }

  function connect() {
    if (source) {
      source.close();
    }
    source = new EventSource('/live');
    source.addEventListener('version', heard);
    source.addEventListener('beat', heard);
    source.onerror = function () {
      if (!source) {
        return;
      }
      cutOff('the connection to the server was lost');
      if (source.readyState === EventSource.CLOSED) {
        window.setTimeout(function () {
          if (!paused()) {
            connect();
          }
        }, RETRY_MS);
      }
    };
    arm();
  }

  function disconnect() {
    window.clearTimeout(watchdog);
    if (source) {
      source.close();
      source = null;
    }
    if (request) {
      request.abort();
    }
    again = false;
  }

  // Asks for the live fragment of this very URL, unless its tag says it is unchanged.
  function update() {
    if (fetching) {
      again = true;
      return;
    }
    fetching = true;
    var headers = {'X-Fragment': 'live'};
    if (tag) {
      headers['If-None-Match'] = tag;
    }
    request = window.AbortController ? new AbortController() : null;
    window.fetch(location.pathname + location.search, {headers: headers, cache: 'no-store', credentials: 'same-origin',
        signal: request ? request.signal : undefined})
      .then(function (response) {
        if (response.status === 304) {
          return null;
        }
        if (!response.ok) {
          throw new Error('the server answered ' + response.status);
        }
        tag = response.headers.get('ETag');
        return response.text();
      })
      .then(function (html) {
        if (html !== null && !paused()) {
          apply(html);
        }
      })
      .catch(function (e) {
        if (e.name !== 'AbortError') {
          cutOff('the page could not be updated (' + e.message + ')');
        }
      })
      .then(function () {
        fetching = false;
        request = null;
        if (again) {
          again = false;
          update();
        }
      });
  }

  function apply(html) {
    var current = document.getElementById('live');
    var template = document.createElement('template');
    template.innerHTML = html.trim();
    var next = template.content.getElementById('live');
    if (!current || !next) {
      return;
    }
    morph(current, next);
    var at = next.getAttribute('data-at');
    var marker = document.getElementById('view-at');
    if (marker && at) {
      marker.setAttribute('datetime', at);
      marker.textContent = utc(Date.parse(at));
      marker.setAttribute('title', marker.textContent);
    }
    document.dispatchEvent(new CustomEvent('live:updated'));
  }

  // Makes `from` look like `to`, keeping every element that is still there (matched by id, else by
  // position and tag), so nothing the reader holds (focus, scroll, an open <details>) is lost.
  function morph(from, to) {
    if (from.nodeType !== 1) {
      if (from.nodeValue !== to.nodeValue) {
        from.nodeValue = to.nodeValue;
      }
      return;
    }
    var i;
    for (i = from.attributes.length - 1; i >= 0; i--) {
      var name = from.attributes[i].name;
      if (!to.hasAttribute(name) && !(name === 'open' && from.tagName === 'DETAILS')) {
        from.removeAttribute(name);
      }
    }
    for (i = 0; i < to.attributes.length; i++) {
      var a = to.attributes[i];
      if (from.getAttribute(a.name) !== a.value) {
        from.setAttribute(a.name, a.value);
      }
    }
    var byId = {};
    var plain = [];
    for (i = 0; i < from.childNodes.length; i++) {
      var old = from.childNodes[i];
      if (old.nodeType === 1 && old.id) {
        byId[old.id] = old;
      } else {
        plain.push(old);
      }
    }
    var kept = [];
    var wanted = Array.prototype.slice.call(to.childNodes);
    var p = 0;
    for (i = 0; i < wanted.length; i++) {
      var node = wanted[i];
      var match = null;
      if (node.nodeType === 1 && node.id) {
        match = byId[node.id] || null;
        delete byId[node.id];
      } else if (p < plain.length && plain[p].nodeName === node.nodeName) {
        match = plain[p++];
      }
      if (match && match.nodeName === node.nodeName) {
        morph(match, node);
        kept.push(match);
      } else {
        kept.push(document.importNode(node, true));
      }
    }
    var keep = new Set(kept);
    for (i = 0; i < kept.length; i++) {
      while (from.childNodes[i] && from.childNodes[i] !== kept[i] && !keep.has(from.childNodes[i])) {
        from.removeChild(from.childNodes[i]); // gone: removed where it stands, nothing else moves
      }
      if (from.childNodes[i] !== kept[i]) {
        from.insertBefore(kept[i], from.childNodes[i] || null);
      }
    }
    while (from.childNodes.length > kept.length) {
      from.removeChild(from.lastChild);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('live-toggle');
    var pageVersion = document.body.getAttribute('data-live-version');
    if (!document.getElementById('view-at') || !button || !pageVersion || !window.EventSource) {
      return;
    }
    version = pageVersion;
    function start() {
      var off = paused();
      button.setAttribute('aria-pressed', off ? 'true' : 'false');
      button.textContent = off ? '▶ Resume live updates' : '‖ Pause live updates';
      if (off) {
        disconnect();
        show('paused', '‖ Live updates paused: this page shows the log as of the time in its footer, not now.');
      } else if (document.visibilityState === 'hidden') {
        disconnect(); // opened when shown
      } else if (!source) {
        connect();
      }
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      setPaused(!paused());
      start();
    });
    window.addEventListener('pagehide', disconnect);
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        start();
      }
    });
    document.addEventListener('visibilitychange', start);
    start();
  });
})();

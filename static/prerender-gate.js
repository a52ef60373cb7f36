// Decides, before the first paint, whether the prerendered welcome screen in
// index.html may show. A plain synchronous script in <head> (one of the
// app's own files, so the Content-Security-Policy allows it), run before
// <body> is parsed.
//
// The prerendered screen (src/prerender.rs, put into <div id="prerendered">
// by scripts/post-build.mjs) is the welcome as a first-time visitor sees
// it. It may only show when that is the screen the app will draw when it
// starts: the route is the welcome (no fragment, "#" or "#/") and nothing of
// netstyle's is stored (an attempt in progress, a result, the journal, a
// group or ticked tips all change the welcome or what is around it).
// Otherwise <html> gets the class "prerender-hold" and style.css shows only
// the masthead of the prerendered page until the app replaces it. Storage
// a browser refuses (where merely reading `localStorage` throws) counts as
// "not sure": the app would show a notice there, so the screen holds too.
//
// Before the app runs, the prerendered links only change the fragment (the
// app reads it when it starts), so the check runs again on each change; the
// skip link moves focus to <main> instead of changing the fragment, as the
// app's own skip link does.
//
// When the app starts it replaces the prerendered copy with identical
// markup (the scroll position stays), but focus would fall back to <body>:
// whichever element had it gets it back in the app's copy, found by its
// place among the focusable elements, before the next paint (a mutation
// observer runs right after the app's first render, in the same task).
(function () {
  var root = document.documentElement;

  function isFreshWelcome() {
    var hash = location.hash;
    if (hash !== '' && hash !== '#' && hash !== '#/') return false;
    try {
      var storage = window.localStorage;
      if (!storage) return false;
      for (var i = 0; i < storage.length; i++) {
        if (String(storage.key(i)).indexOf('netstyle.') === 0) return false;
      }
      return true;
    } catch (refused) {
      return false;
    }
  }

  function gate() {
    if (isFreshWelcome()) root.classList.remove('prerender-hold');
    else root.classList.add('prerender-hold');
  }

  gate();
  addEventListener('hashchange', gate);
  var FOCUSABLE = 'a[href], button, [tabindex]';
  var focusAt = -1;
  document.addEventListener('focusin', function (event) {
    var copy = document.getElementById('prerendered');
    if (copy && copy.contains(event.target)) {
      focusAt = Array.prototype.indexOf.call(copy.querySelectorAll(FOCUSABLE), event.target);
    }
  });
  var takeover = new MutationObserver(function () {
    var body = document.body;
    if (!body || document.getElementById('prerendered') || !body.querySelector('main')) return;
    takeover.disconnect();
    var again = body.querySelectorAll(FOCUSABLE)[focusAt];
    if (focusAt >= 0 && again && document.activeElement === body) again.focus({ preventScroll: true });
  });
  takeover.observe(root, { childList: true, subtree: true });

  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('#prerendered .skip-link') : null;
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    var main = document.getElementById('main');
    if (main) main.focus();
  });
})();

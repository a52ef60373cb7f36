// Decides, before the first paint, whether the prerendered welcome screen in
// index.html may show. scripts/post-build.mjs puts it inline in <head>
// (the Content-Security-Policy allows it by its sha256 hash, nothing else
// inline), so it runs before <body> is parsed and costs no request before
// the first paint. It must not contain a closing script tag or an HTML
// comment opener (the build checks).
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
// The prerendered screen comes in every language of the build: English in
// <div id="prerendered"> (<html lang> as index.html has it), every other
// language in a <template id="prerendered-<lang>"> after it, which carries
// that language's title, description and web app manifest as data-
// attributes. The gate picks the language the app will start in, by the
// rule of src/domain/language.rs (the stored choice, else the first of the
// browser's languages netstyle speaks, else English), and sets <html lang>
// at once. For another language than English it hides the English copy,
// masthead and all ("prerender-language"), and as soon as the parser has
// read that language's template (a mutation observer: it runs at the end
// of the parser's task, before any paint), puts the template's copy in the
// English one's place and sets the title, the description and the
// manifest's link; then the copy shows as English's would. So the first
// painted frame is in the visitor's language, with no request and no
// redirect. The stored language choice alone does not make a visitor one
// with data: the welcome is the same for them.
//
// The app needs a language's catalog before it can render in it (English
// is in the wasm). When the app's files are let go (below), the gate starts
// the catalog's download alongside them (a preload the app's own fetch
// takes over), so it is not left until the wasm has run.
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
  // scripts/post-build.mjs puts in the codes of the languages the build speaks.
  var LANGUAGES = ['__NETSTYLE_LANGUAGES__'];
  var LANGUAGE_KEY = 'netstyle.v1.language';
  var PRERENDERED = root.getAttribute('lang');

  // A language choice as the app stores it (src/domain/documents), or null.
  function storedChoice(text) {
    try {
      var doc = JSON.parse(text);
      return doc && doc.schema === 1 && /^[a-z]{2,8}$/.test(doc.data) ? doc.data : null;
    } catch (damaged) {
      return null;
    }
  }

  function chosenLanguage() {
    var stored = null;
    try {
      stored = storedChoice(window.localStorage.getItem(LANGUAGE_KEY));
    } catch (refused) {}
    if (stored && LANGUAGES.indexOf(stored) >= 0) return stored;
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length; i++) {
      var lang = String(tags[i]).split(/[-_]/)[0].toLowerCase();
      if (LANGUAGES.indexOf(lang) >= 0) return lang;
    }
    return 'en';
  }

  function isFreshWelcome() {
    var hash = location.hash;
    if (hash !== '' && hash !== '#' && hash !== '#/') return false;
    try {
      var storage = window.localStorage;
      if (!storage) return false;
      for (var i = 0; i < storage.length; i++) {
        var key = String(storage.key(i));
        if (key === LANGUAGE_KEY && storedChoice(storage.getItem(key))) continue;
        if (key.indexOf('netstyle.') === 0) return false;
      }
      return true;
    } catch (refused) {
      return false;
    }
  }

  var CHOSEN = chosenLanguage();
  // The language of the copy in #prerendered now.
  var shown = PRERENDERED;

  function gate() {
    var otherLanguage = CHOSEN !== shown;
    if (isFreshWelcome() && !otherLanguage) root.classList.remove('prerender-hold');
    else root.classList.add('prerender-hold');
    if (otherLanguage) root.classList.add('prerender-language');
    else root.classList.remove('prerender-language');
  }

  // Puts the chosen language's copy in place of the English one once the
  // parser is past its template (or, with `parsed`, once it has read the
  // whole page); true when there is nothing left to do.
  function useChosenCopy(parsed) {
    if (shown === CHOSEN) return true;
    var copy = document.getElementById('prerendered');
    var template = document.getElementById('prerendered-' + CHOSEN);
    if (!copy || !template || !(template.nextSibling || parsed)) return parsed;
    copy.replaceChildren(template.content.cloneNode(true));
    shown = CHOSEN;
    document.title = template.getAttribute('data-title') || document.title;
    var description = document.querySelector('meta[name="description"]');
    var text = template.getAttribute('data-description');
    if (description && text) description.setAttribute('content', text);
    var manifest = document.querySelector('link[rel="manifest"]');
    var href = template.getAttribute('data-manifest');
    if (manifest && href) manifest.setAttribute('href', href);
    gate();
    return true;
  }

  if (CHOSEN !== PRERENDERED) root.setAttribute('lang', CHOSEN);
  gate();
  addEventListener('hashchange', gate);
  if (!useChosenCopy(false)) {
    var parsing = new MutationObserver(function () {
      if (useChosenCopy(false)) parsing.disconnect();
    });
    parsing.observe(root, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', function () {
      parsing.disconnect();
      useChosenCopy(true);
    });
  }

  // The chosen language's catalog, fetched alongside the app's files: the
  // file index.html names for it (<meta name="netstyle-catalogs">, read by
  // src/i18n/load.rs too), preloaded the way the app fetches it (CORS mode,
  // so the app's fetch() takes the preloaded response).
  var catalogAsked = CHOSEN === PRERENDERED;
  function fetchCatalog() {
    if (catalogAsked) return;
    catalogAsked = true;
    var meta = document.querySelector('meta[name="netstyle-catalogs"]');
    var entries = ((meta && meta.getAttribute('content')) || '').split(/\s+/);
    for (var i = 0; i < entries.length; i++) {
      var pair = entries[i].split('=');
      if (pair[0] !== CHOSEN || !pair[1]) continue;
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = pair[1];
      document.head.appendChild(link);
    }
  }
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

  // The app's files load through this (the loader scripts/post-build.mjs
  // writes waits for it). Lighthouse simulates the largest contentful paint
  // (LCP) on a slow network from every request that had finished when the
  // browser reported its LCP: on a fast link the wasm has arrived before
  // the copy's paint is reported, so a 212 kB download counted as needed
  // for that paint (LCP 2.2 s where FCP was 1.0 s). And on a slow
  // link the wasm only competes with the style sheet. So on the fresh
  // welcome the wasm is fetched once the browser has reported a largest
  // paint inside the copy's <main> (at once if it already has). Where no
  // such report can come it is fetched at once (a held copy shows only the
  // masthead until the app runs; a hidden page paints nothing), or after
  // the next painted frame (a browser without LCP). The browser reports no
  // LCP after the first input, so a key, a tap or a scroll loads it at once
  // too; and if the report is very late (a busy machine can take over a
  // second to present a frame), after three seconds at most.
  var reported = false;
  var waiting = [];
  function load() {
    reported = true;
    var go = waiting;
    waiting = [];
    for (var i = 0; i < go.length; i++) go[i]();
  }
  var lcp = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes &&
    PerformanceObserver.supportedEntryTypes.indexOf('largest-contentful-paint') >= 0;
  if (lcp) {
    var copyPaints = new PerformanceObserver(function (list) {
      var entries = list.getEntries();
      for (var i = 0; i < entries.length; i++) {
        var element = entries[i].element;
        if (element && element.closest && element.closest('#prerendered main')) {
          copyPaints.disconnect();
          load();
          return;
        }
      }
    });
    copyPaints.observe({ type: 'largest-contentful-paint', buffered: true });
  }
  window.netstyleWhenShown = function (app) {
    // The page is parsed by now (the loader is a module script).
    useChosenCopy(true);
    var go = function () {
      fetchCatalog();
      app();
    };
    if (reported || document.hidden || root.classList.contains('prerender-hold') ||
        !document.getElementById('prerendered')) {
      return go();
    }
    waiting.push(go);
    if (lcp) {
      setTimeout(load, 3000);
      ['keydown', 'pointerdown', 'scroll'].forEach(function (type) {
        addEventListener(type, load, { capture: true, once: true, passive: true });
      });
    } else {
      requestAnimationFrame(function () { setTimeout(load, 0); });
    }
  };

  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('#prerendered .skip-link') : null;
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    var main = document.getElementById('main');
    if (main) main.focus();
  });
})();

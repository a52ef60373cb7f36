// The pseudo-locale `qps` (build/catalog.rs makes it from English when the
// app is built): every message in brackets, its letters accented, about 40 %
// longer. A page in it shows at once which texts come from the catalogs and
// which do not fit. The menu does not offer it: a test chooses it by storing
// it as the language choice, or by giving the browser `qps` as its language.
import { expect, type Page } from '@playwright/test';

export const PSEUDO = 'qps';

/** The stored language choice that selects the pseudo-locale (localStorage item). */
export const PSEUDO_CHOICE = { 'netstyle.v1.language': JSON.stringify({ schema: 1, data: PSEUDO }) };

/** A to Z, then a to z, as build/catalog.rs's ACCENTED has them. */
const ACCENTED = ['ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ', 'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ'].map((s) => [...s]);

/** An English text's letters as the pseudo-locale writes them (no brackets or padding): for finding a control by its name. */
export function accent(english: string): string {
  return [...english]
    .map((c) => {
      if (c >= 'A' && c <= 'Z') return ACCENTED[0][c.charCodeAt(0) - 65];
      if (c >= 'a' && c <= 'z') return ACCENTED[1][c.charCodeAt(0) - 97];
      return c;
    })
    .join('');
}

/** The visible text of a message in the pseudo-locale, for a substring match (`getByText(pseudoText(...))`). */
export const pseudoText = accent;

/**
 * Texts that are not the app's words and so stay as they are, each with why:
 *
 * - the four style names (Pro, Rookie, Imposter, Mensch): names, not words,
 *   the same in every language (docs/translating.md), drawn by code in the
 *   emblems and charts;
 * - each language's name in itself (English, Deutsch, Español, Français):
 *   the language menu names every language in its own words, whatever the
 *   page's language;
 * - what Intl writes for the locale (month and weekday names, the "and" of
 *   a list, AM/PM): the browser's words, computed here in the page for the
 *   locale the page uses;
 * - what the person typed (names, events, notes: `userData`), and links
 *   (https://...).
 */
export const STYLE_NAMES = ['Pro', 'Rookie', 'Imposter', 'Mensch'];
export const LANGUAGE_NAMES = ['English', 'Deutsch', 'Español', 'Français'];

export type Found = { where: string; text: string; left: string };

/**
 * Every text a person can see or hear on the page that is not the
 * pseudo-locale's: each visible text node, `<option>`s, SVG titles, the
 * attributes that name or describe an element (aria-label, alt, title,
 * placeholder, aria-valuetext, aria-roledescription, aria-description) and
 * the page's <title>. A text passes when, with the exceptions above taken
 * out, no plain ASCII letter is left, and the block it stands in holds its
 * messages' brackets whole (as many `[` as `]`).
 */
export async function notPseudo(page: Page, userData: string[] = []): Promise<Found[]> {
  const allowed = [...userData, ...LANGUAGE_NAMES];
  return page.evaluate(
    ({ allowed, styles }) => {
      const found: { where: string; text: string; left: string }[] = [];
      // What Intl writes for the page's locale, as the app asks for it (src/i18n/browser.rs).
      const locale = document.documentElement.lang;
      const intlWords = new Set<string>();
      for (let m = 0; m < 12; m++) {
        for (let d = 0; d < 7; d++) {
          const day = new Date(Date.UTC(2026, m, 1 + d, m < 6 ? 9 : 15, 30));
          for (const style of ['full', 'long', 'medium', 'short'] as const) {
            for (const options of [{ dateStyle: style }, { dateStyle: style, timeStyle: 'short' as const }]) {
              for (const part of new Intl.DateTimeFormat(locale, options).formatToParts(day)) {
                for (const word of part.value.match(/[A-Za-z]+/g) ?? []) intlWords.add(word);
              }
            }
          }
        }
      }
      for (const type of ['conjunction', 'disjunction', 'unit'] as const) {
        const joined = new Intl.ListFormat(locale, { type }).format(['1', '2', '3']);
        for (const word of joined.match(/[A-Za-z]+/g) ?? []) intlWords.add(word);
      }
      const words = [...styles, ...intlWords].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const wordRe = new RegExp(`(?<![\\p{L}])(${words.join('|')})(?![\\p{L}])`, 'gu');
      const strip = (text: string) => {
        let left = text;
        for (const a of allowed) if (a) left = left.split(a).join(' ');
        return left.replace(/https?:\/\/\S+/g, ' ').replace(wordRe, ' ');
      };
      const describe = (el: Element) => {
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && path.length < 4; e = e.parentElement) {
          path.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''));
        }
        return path.join(' > ');
      };
      const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) ?? true;
      const block = (el: Element) => {
        let e: Element = el;
        while (e.parentElement && e !== document.body && getComputedStyle(e).display === 'inline') e = e.parentElement;
        return e;
      };
      const check = (where: string, text: string, scope: Element | null) => {
        const clean = text.replace(/\s+/g, ' ').trim();
        if (!clean) return;
        const left = strip(clean);
        if (/[A-Za-z]/.test(left)) {
          found.push({ where, text: clean, left: left.replace(/\s+/g, ' ').trim() });
          return;
        }
        // A text with the pseudo-locale's letters: its messages' brackets are whole.
        if (scope && /[\u0100-\u024f\u1e00-\u1eff]/.test(clean)) {
          const all = (scope.textContent ?? '').replace(/\s+/g, ' ');
          const open = all.split('[').length - 1;
          const close = all.split(']').length - 1;
          if (open === 0 || open !== close) found.push({ where, text: clean, left: `brackets [${open} ]${close} in: ${all.trim().slice(0, 160)}` });
        }
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('script, style, noscript, template')) continue;
        const inSvgText = el.closest('svg') && ['title', 'desc'].includes(el.tagName.toLowerCase());
        if (!inSvgText && el.tagName !== 'OPTION' && !visible(el)) continue;
        if (inSvgText && el.closest('svg') && !visible(el.closest('svg')!)) continue;
        check(describe(el), node.nodeValue ?? '', inSvgText || el.tagName === 'OPTION' ? el : block(el));
      }
      const attributes = ['aria-label', 'alt', 'title', 'placeholder', 'aria-valuetext', 'aria-roledescription', 'aria-description'];
      for (const el of document.body.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))) {
        if (!visible(el) && !el.closest('svg')) continue;
        for (const a of attributes) {
          const value = el.getAttribute(a);
          if (value !== null) check(`${describe(el)} [${a}]`, value, null);
        }
      }
      check('<title>', document.title, null);
      return found;
    },
    { allowed, styles: STYLE_NAMES },
  );
}

/**
 * Elements whose content is wider than their box, and whether the page
 * scrolls sideways. Left out: inline boxes (their block holds them), boxes of
 * 2 px or less (visually hidden text for screen readers), SVG, elements that
 * scroll by design (overflow-x auto or scroll), and text fields, which scroll
 * their value.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('svg') || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
      // A text field scrolls its value (a long link) inside it by design; the field's own box is its parent's to hold.
      if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') continue;
      if (!el.checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      const s = getComputedStyle(el);
      if (s.display === 'inline' || s.display === 'contents') continue;
      const box = el.getBoundingClientRect();
      // Visually hidden (a clipped 1 px box for screen readers).
      if (box.width <= 2 || box.height <= 2) continue;
      if (s.overflowX === 'auto' || s.overflowX === 'scroll') continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
        found.push(`${name} (${el.scrollWidth} > ${el.clientWidth} px): ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}`);
      }
    }
    return found;
  });
}

/** Every text on the page is the pseudo-locale's and nothing is wider than its box. */
export async function expectPseudoAndFitting(page: Page, screen: string, userData: string[] = []) {
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO);
  expect(await notPseudo(page, userData), `${screen}: texts not from the pseudo-locale`).toEqual([]);
  expect(await overflowing(page), `${screen}: wider than its box at ${page.viewportSize()?.width} px`).toEqual([]);
}

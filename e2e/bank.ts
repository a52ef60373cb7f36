// The question bank in another language, read from the catalogs the app is
// built from (locales/<lang>/bank.ftl and bank-retired.ftl): an item of
// content.json (English) with the words of `lang`. An item's question is the
// message q-<id>, its n-th option q-<id>-<n>; the English catalog tells which
// n each English option is, so a style's option is found in any language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STYLES, type Item } from './content';

export type BankLang = 'en' | 'de' | 'es' | 'fr';

const cache = new Map<BankLang, Map<string, string>>();

/** Every message of the bank's two files in `lang`, by id. */
export function bankMessages(lang: BankLang): Map<string, string> {
  let messages = cache.get(lang);
  if (!messages) {
    messages = new Map();
    for (const file of ['bank.ftl', 'bank-retired.ftl']) {
      const text = readFileSync(join(__dirname, '..', 'locales', lang, file), 'utf8');
      for (const [, id, value] of text.matchAll(/^([a-z][a-z0-9-]*) = (.*)$/gm)) messages.set(id, value.trim());
    }
    cache.set(lang, messages);
  }
  return messages;
}

function message(lang: BankLang, id: string): string {
  const text = bankMessages(lang).get(id);
  if (text === undefined) throw new Error(`locales/${lang}: no message ${id}`);
  return text;
}

/** The message id of an English option of `item`: q-<id>-<n>. */
function optionId(item: Item, english: string): string {
  for (let n = 1; n <= 9; n++) {
    const id = `q-${item.id}-${n}`;
    if (bankMessages('en').get(id) === english) return id;
  }
  throw new Error(`locales/en: no option of ${item.id} reads "${english}"`);
}

/** Which answer-<set>-1..5 messages a count or statement item's English labels are. */
function labelSet(labels: readonly string[]): string {
  for (const set of ['number', 'people', 'events', 'agreement', 'frequency']) {
    if (labels.every((label, i) => bankMessages('en').get(`answer-${set}-${i + 1}`) === label)) return set;
  }
  throw new Error(`no answer set reads ${JSON.stringify(labels)}`);
}

/** `item` with its question and answers in `lang`. */
export function inLanguage(item: Item, lang: BankLang): Item {
  const prompt = message(lang, `q-${item.id}`);
  switch (item.kind) {
    case 'scene': {
      const options = { ...item.options };
      for (const style of STYLES) options[style] = message(lang, optionId(item, item.options[style]));
      return { ...item, prompt, options };
    }
    case 'practice': {
      const options = { ...item.options };
      for (const habit of Object.keys(options) as (keyof typeof options)[]) {
        options[habit] = message(lang, optionId(item, item.options[habit]));
      }
      return { ...item, prompt, options };
    }
    case 'count': {
      const set = labelSet(item.labels);
      const labels = item.labels.map((_, i) => message(lang, `answer-${set}-${i + 1}`));
      return { ...item, prompt, labels, noEvent: message(lang, 'answer-no-event') };
    }
    case 'statement': {
      const set = labelSet(item.labels);
      return { ...item, prompt, labels: item.labels.map((_, i) => message(lang, `answer-${set}-${i + 1}`)) };
    }
  }
}

/** The answers of `item` as the quiz lists them (a scene's and practice item's in any order). */
export function answerLabels(item: Item): string[] {
  if (item.kind === 'scene' || item.kind === 'practice') return Object.values(item.options);
  return item.kind === 'count' ? [...item.labels, item.noEvent] : [...item.labels];
}

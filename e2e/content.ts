// The question bank, tips and texts, as the app's own data: tests/content/e2e_content.rs
// writes them to content.json (and fails when it is stale), so the tests can
// answer towards a chosen style without copying any text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STYLES = ['Pro', 'Rookie', 'Imposter', 'Mensch'] as const;
export type Style = (typeof STYLES)[number];

export const HABITS = ['Expectations', 'Follow-up', 'Giving first', 'Event choice', 'Goal & ROI'] as const;
export type Habit = (typeof HABITS)[number];

export const PHASES = {
  Before: 'Before the event',
  At: 'At the event',
  After: 'After the event',
} as const;
export type Phase = keyof typeof PHASES;

export type SceneItem = { kind: 'scene'; id: string; prompt: string; options: Record<Style, string> };
export type StatementItem = {
  kind: 'statement';
  id: string;
  prompt: string;
  labels: readonly string[];
  habit: Habit;
  reversed: boolean;
  lean: Style | null;
};
/** A habit item that counts what the person did; `noEvent` is its sixth answer, scored as a skip. */
export type CountItem = {
  kind: 'count';
  id: string;
  prompt: string;
  labels: readonly string[];
  noEvent: string;
  habit: Habit;
  reversed: boolean;
  lean: Style | null;
};
/** A habit item of either kind: the bank's are count items, retired ones statements. */
export type HabitItem = StatementItem | CountItem;
/** A forced choice between five good practices, one per habit; it gives no style points. */
export type PracticeItem = { kind: 'practice'; id: string; prompt: string; options: Record<Habit, string> };
export type Item = SceneItem | HabitItem | PracticeItem;
export type Tip = { id: string; phase: Phase; text: string };

type Content = {
  styles: { name: Style; withArticle: string; tagline: string; gloss: string; trap: string }[];
  habits: { name: Habit; meaning: string }[];
  phases: { name: Phase; heading: string }[];
  scales: { Agreement: string[]; Frequency: string[] };
  scoring: {
    scenePoints: number;
    leanPoints: number;
    blendPoints: number;
    minScenes: number;
    minHabitItems: number;
    minPractice: number;
    strongHabit: number;
  };
  items: Item[];
  retired: Item[];
  styleTips: Tip[][];
  habitTips: Tip[][];
  keepTips: Tip[];
  notices: Record<'unavailable' | 'saveFailed' | 'corrupt' | 'newer' | 'questionsChanged', string>;
};

const content: Content = JSON.parse(readFileSync(join(__dirname, 'content.json'), 'utf8'));

// The names the specs use must be the app's, in the app's order.
const same = (a: readonly string[], b: readonly string[]) => a.join('|') === b.join('|');
if (!same(STYLES, content.styles.map((s) => s.name))) throw new Error('content.json: styles differ');
if (!same(HABITS, content.habits.map((h) => h.name))) throw new Error('content.json: habits differ');
for (const p of content.phases) {
  if (PHASES[p.name] !== p.heading) throw new Error(`content.json: phase ${p.name} differs`);
}

export const SCALES = content.scales;
export const SCORING = content.scoring;
export const NOTICES = content.notices;
export const PORTRAITS = content.styles;

/** A scene's options in the bank's order (Pro, Rookie, Imposter, Mensch), which JSON does not keep. */
function inBankOrder(item: Item): Item {
  if (item.kind === 'practice') {
    const options = {} as Record<Habit, string>;
    for (const habit of HABITS) {
      if (!item.options[habit]) throw new Error(`content.json: practice item ${item.id} lacks a ${habit} option`);
      options[habit] = item.options[habit];
    }
    return { ...item, options };
  }
  if (item.kind !== 'scene') return item;
  const options = {} as Record<Style, string>;
  for (const style of STYLES) {
    if (!item.options[style]) throw new Error(`content.json: scene ${item.id} lacks a ${style} option`);
    options[style] = item.options[style];
  }
  return { ...item, options };
}

/** Every item, in quiz order. */
export const ITEMS: Item[] = content.items.map(inBankOrder);
/** Items the quiz no longer asks; their ids are never reused. */
export const RETIRED: Item[] = content.retired.map(inBankOrder);
export const SCENES = ITEMS.filter((i): i is SceneItem => i.kind === 'scene');
export const PRACTICE = ITEMS.filter((i): i is PracticeItem => i.kind === 'practice');
/** Tips per style, in STYLES order. */
export const STYLE_TIPS: Tip[][] = content.styleTips;
/** Tips per habit, in HABITS order. */
export const HABIT_TIPS: Tip[][] = content.habitTips;
/** Tips for keeping strong habits, on the checklist instead of the weakest habits' when every habit is strong. */
export const KEEP_TIPS: Tip[] = content.keepTips;
export const ALL_TIPS: Tip[] = [...STYLE_TIPS.flat(), ...HABIT_TIPS.flat(), ...KEEP_TIPS];

/** What to do with one item: pick the option with this label, or skip it. */
export type Choice = { pick: string } | { skip: true };
export type Plan = (item: Item, index: number) => Choice;

/** The statement rating that gives `lean`'s style no points (the bottom of the scale). */
function neutral(item: HabitItem): Choice {
  return { pick: item.lean ? item.labels[0] : item.labels[2] };
}

/** A practice item's option of a different habit each time: every habit is chosen once. */
function spread(item: PracticeItem): Choice {
  return { pick: item.options[HABITS[PRACTICE.indexOf(item) % HABITS.length]] };
}

/**
 * Answers every scene with the option of `style`. Statements that lean
 * towards another style get the lowest rating, so they add nothing to it;
 * one that leans towards `style` gets the highest; the rest the middle one.
 */
export function planFor(style: Style): Plan {
  return (item) => {
    if (item.kind === 'scene') return { pick: item.options[style] };
    if (item.kind === 'practice') return spread(item);
    if (item.lean === style) return { pick: item.labels[4] };
    return neutral(item);
  };
}

/**
 * A close race: the last scenes go to `secondary` and the rest to
 * `primary`, and the statements leaning towards `secondary` are agreed with
 * in full; as many scenes go to `secondary` as keep `primary` ahead by at
 * most one scene answer, so the result is "primary with a secondary streak".
 */
export function blendPlan(primary: Style, secondary: Style): Plan {
  const { scenePoints, leanPoints, blendPoints } = SCORING;
  const leans = ITEMS.filter((i) => (i.kind === 'count' || i.kind === 'statement') && i.lean === secondary).length;
  const n = SCENES.length;
  let count = 1;
  while (count < n) {
    const gap = (n - count) * scenePoints - (count * scenePoints + leans * leanPoints);
    if (gap > 0 && gap <= blendPoints) break;
    count++;
  }
  if (count === n) throw new Error(`no blend of ${primary} and ${secondary} with this bank`);
  const late = new Set(SCENES.slice(n - count).map((i) => i.id));
  return (item) => {
    if (item.kind === 'scene') return { pick: item.options[late.has(item.id) ? secondary : primary] };
    if (item.kind === 'practice') return spread(item);
    if (item.lean === secondary) return { pick: item.labels[4] };
    return neutral(item);
  };
}

/** An exact tie: the scenes alternate between `a` and `b`; no statement gives a style points. */
export function tiePlan(a: Style, b: Style): Plan {
  if (SCENES.length % 2) throw new Error('a tie needs an even number of scenes');
  return (item) => {
    if (item.kind === 'scene') return { pick: item.options[SCENES.indexOf(item) % 2 ? b : a] };
    if (item.kind === 'practice') return spread(item);
    return neutral(item);
  };
}

/** Answers the scenes as `style` and skips every statement. */
export function scenesOnly(style: Style): Plan {
  return (item) => (item.kind === 'scene' ? { pick: item.options[style] } : { skip: true });
}

/**
 * Answers the scenes as `style`, every count item with the answer that
 * shows the habit most (the fewest of an unwanted behaviour, the most of a
 * wanted one) and every practice item with the Follow-up option: every habit
 * scores 100 and the habits are strong. The picks never move a level, so
 * the four habits never picked are as strong as Follow-up.
 */
export function strongHabitsPlan(style: Style): Plan {
  return (item) => {
    if (item.kind === 'scene') return { pick: item.options[style] };
    if (item.kind === 'practice') return { pick: item.options['Follow-up'] };
    return { pick: item.reversed ? item.labels[0] : item.labels[4] };
  };
}

/**
 * Answers the scenes as `style`, every count item with its middle answer
 * (every habit at 50) and the practice items in quiz order with the options
 * of `picks`: the habits are tied, and the picks order them for the tips.
 */
export function tiedHabitsPlan(style: Style, picks: readonly Habit[]): Plan {
  if (picks.length !== PRACTICE.length) throw new Error(`tiedHabitsPlan needs ${PRACTICE.length} picks`);
  return (item) => {
    if (item.kind === 'scene') return { pick: item.options[style] };
    if (item.kind === 'practice') return { pick: item.options[picks[PRACTICE.indexOf(item)]] };
    return { pick: item.labels[2] };
  };
}

/** Skips every scene, answers the count items in the middle of the scale and chooses every habit once. */
export function statementsOnly(): Plan {
  return (item) => {
    if (item.kind === 'scene') return { skip: true };
    if (item.kind === 'practice') return spread(item);
    return { pick: item.labels[2] };
  };
}

/**
 * A share code from its 11 body bytes, with the app's checksum
 * (CRC-16/IBM-3740) appended: lets a test open a result link without taking
 * the quiz, or forge one with chosen values.
 */
export function codeFor(body: number[]): string {
  const crc = body.reduce((c, b) => {
    c ^= b << 8;
    for (let i = 0; i < 8; i++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
    return c;
  }, 0xffff);
  return Buffer.from([...body, crc >> 8, crc & 0xff]).toString('base64url');
}

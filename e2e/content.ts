// The question bank and tips, read from the app's own content file so the
// tests can answer towards a chosen style without copying any text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STYLES = ['Pro', 'Rookie', 'Imposter', 'Mensch'] as const;
export type Style = (typeof STYLES)[number];

export const HABITS = ['Expectations', 'Follow-up', 'Giving first', 'Event choice', 'Goal & ROI'] as const;
export type Habit = (typeof HABITS)[number];
const HABIT_NAMES: Record<string, Habit> = {
  Expectations: 'Expectations',
  FollowUp: 'Follow-up',
  GivingFirst: 'Giving first',
  EventChoice: 'Event choice',
  GoalRoi: 'Goal & ROI',
};

export const PHASES = {
  Before: 'Before the event',
  At: 'At the event',
  After: 'After the event',
} as const;
export type Phase = keyof typeof PHASES;

export const SCALES = {
  Agreement: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  Frequency: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
} as const;

export type SceneItem = { kind: 'scene'; id: string; prompt: string; options: Record<Style, string> };
export type StatementItem = {
  kind: 'statement';
  id: string;
  prompt: string;
  labels: readonly string[];
  habit: Habit;
  lean: Style | null;
};
export type Item = SceneItem | StatementItem;
export type Tip = { id: string; phase: Phase; text: string };

const STR = String.raw`"((?:[^"\\]|\\.)*)"`;

function unescape(rust: string): string {
  return rust.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

const source = readFileSync(join(__dirname, '..', 'src', 'domain', 'content.rs'), 'utf8');

function parseItems(): Item[] {
  const itemRe = new RegExp(String.raw`Item \{\s*id: ${STR},\s*prompt: ${STR},\s*kind: ([\s\S]*?)\n    \},`, 'g');
  const items: Item[] = [];
  for (const m of source.matchAll(itemRe)) {
    const [, id, prompt, kind] = m;
    if (kind.startsWith('ItemKind::Scene')) {
      const options = {} as Record<Style, string>;
      for (const o of kind.matchAll(new RegExp(String.raw`scene\(${STR},\s*(\w+)\)`, 'g'))) {
        options[o[2] as Style] = unescape(o[1]);
      }
      if (STYLES.some((s) => !options[s])) throw new Error(`content.rs: scene ${id} lacks an option per style`);
      items.push({ kind: 'scene', id, prompt: unescape(prompt), options });
    } else {
      const s = /statement\((\w+),\s*(\w+),\s*(?:true|false),\s*(?:None|Some\((\w+)\))\)/.exec(kind);
      if (!s) throw new Error(`content.rs: cannot read item ${id}`);
      const labels = SCALES[s[1] as keyof typeof SCALES];
      if (!labels) throw new Error(`content.rs: unknown scale ${s[1]} in ${id}`);
      const habit = HABIT_NAMES[s[2]];
      if (!habit) throw new Error(`content.rs: unknown habit ${s[2]} in ${id}`);
      items.push({ kind: 'statement', id, prompt: unescape(prompt), labels, habit, lean: (s[3] as Style) ?? null });
    }
  }
  if (items.length < 20) throw new Error(`content.rs: read only ${items.length} items`);
  return items;
}

function parseTips(table: string): Tip[][] {
  const start = source.indexOf(`pub static ${table}`);
  if (start < 0) throw new Error(`content.rs: no ${table}`);
  const end = source.indexOf('\n];', start);
  const groups = source.slice(start, end).split(/\n    &\[/).slice(1);
  return groups.map((g) =>
    [...g.matchAll(new RegExp(String.raw`tip\(${STR},\s*(\w+),\s*${STR}\)`, 'g'))].map((t) => ({
      id: unescape(t[1]),
      phase: t[2] as Phase,
      text: unescape(t[3]),
    })),
  );
}

/** Every item, in quiz order. */
export const ITEMS: Item[] = parseItems();
/** Tips per style, in STYLES order. */
export const STYLE_TIPS: Tip[][] = parseTips('STYLE_TIPS');
/** Tips per habit, in HABITS order. */
export const HABIT_TIPS: Tip[][] = parseTips('HABIT_TIPS');
export const ALL_TIPS: Tip[] = [...STYLE_TIPS.flat(), ...HABIT_TIPS.flat()];

/** What to do with one item: pick the option with this label, or skip it. */
export type Choice = { pick: string } | { skip: true };
export type Plan = (item: Item, index: number) => Choice;

/**
 * Answers every scene with the option of `style`. Statements that lean
 * towards another style get the lowest rating, so they add nothing to it;
 * one that leans towards `style` gets the highest; the rest the middle one.
 */
export function planFor(style: Style): Plan {
  return (item) => {
    if (item.kind === 'scene') return { pick: item.options[style] };
    if (item.lean === style) return { pick: item.labels[4] };
    if (item.lean) return { pick: item.labels[0] };
    return { pick: item.labels[2] };
  };
}

/**
 * A close race: the last `count` scenes go to `secondary`, the others to
 * `primary`; only the statement leaning towards `secondary` is agreed with.
 * With 9 scenes and count 4 that is 40 points against 36: a blend.
 */
export function blendPlan(primary: Style, secondary: Style, count: number): Plan {
  const scenes = ITEMS.filter((i) => i.kind === 'scene').map((i) => i.id);
  const late = new Set(scenes.slice(scenes.length - count));
  const base = planFor(primary);
  return (item, index) => {
    if (item.kind === 'scene') return { pick: item.options[late.has(item.id) ? secondary : primary] };
    if (item.lean === secondary) return { pick: item.labels[4] };
    if (item.lean) return { pick: item.labels[0] };
    return base(item, index);
  };
}

/** Answers the scenes as `style` and skips every statement. */
export function scenesOnly(style: Style): Plan {
  return (item) => (item.kind === 'scene' ? { pick: item.options[style] } : { skip: true });
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

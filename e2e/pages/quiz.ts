import { expect, test, type Locator, type Page } from '@playwright/test';
import { ITEMS, type Item, type Plan } from '../content';

export const QUESTION_COUNT = ITEMS.length;

/** The quiz screen, `#/quiz`: one item at a time. */
export class QuizPage {
  readonly heading: Locator;
  readonly progress: Locator;
  readonly back: Locator;
  readonly skip: Locator;
  readonly next: Locator;
  readonly seeResult: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.progress = page.getByRole('progressbar', { name: 'Quiz progress' });
    this.back = page.getByRole('button', { name: 'Back', exact: true });
    this.skip = page.getByRole('button', { name: 'Skip', exact: true });
    this.next = page.getByRole('button', { name: 'Next', exact: true });
    this.seeResult = page.getByRole('button', { name: 'See my result', exact: true });
  }

  /** Waits for question `n` (1-based) and checks its heading, group and (unless told not to) progress bar. */
  async expectQuestion(n: number, { progress = true } = {}): Promise<Item> {
    await expect(this.heading).toHaveText(`Question ${n} of ${QUESTION_COUNT}`);
    if (progress) {
      await expect(this.progress).toHaveAttribute('aria-valuenow', String(n));
      await expect(this.progress).toHaveAttribute('aria-valuemax', String(QUESTION_COUNT));
    }
    const item = ITEMS[n - 1];
    await expect(this.group(item)).toBeVisible();
    return item;
  }

  /** The question on screen, from its heading. */
  async current(): Promise<{ n: number; item: Item }> {
    await expect(this.heading).toHaveText(/^Question \d+ of \d+$/);
    const n = Number(/Question (\d+)/.exec((await this.heading.textContent()) ?? '')![1]);
    return { n, item: ITEMS[n - 1] };
  }

  /** The fieldset whose legend is the question text. */
  group(item: Item): Locator {
    return this.page.getByRole('group', { name: item.prompt, exact: true });
  }

  option(item: Item, label: string): Locator {
    return this.group(item).getByRole('radio', { name: label, exact: true });
  }

  radios(item: Item): Locator {
    return this.group(item).getByRole('radio');
  }

  labels(item: Item): string[] {
    if (item.kind === 'scene' || item.kind === 'practice') return Object.values(item.options);
    return item.kind === 'count' ? [...item.labels, item.noEvent] : [...item.labels];
  }

  /** The option labels in the order they are shown. */
  async shownOrder(item: Item): Promise<string[]> {
    const order: string[] = [];
    for (const label of this.labels(item)) {
      const at = await this.option(item, label).evaluate((el) => {
        const group = el.closest('fieldset, [role="radiogroup"]');
        const all = group ? Array.from(group.querySelectorAll('input[type="radio"], [role="radio"]')) : [];
        return all.indexOf(el);
      });
      order[at] = label;
    }
    return order;
  }

  /** Picks an option with the mouse; check() itself fails if it does not end up checked. */
  async choose(item: Item, label: string) {
    await this.option(item, label).check();
  }

  /** Picks an option with its number key, as shown on screen. */
  async chooseByKey(item: Item, label: string) {
    const position = (await this.shownOrder(item)).indexOf(label);
    expect(position, `"${label}" is one of the options`).toBeGreaterThanOrEqual(0);
    await this.page.keyboard.press(String(position + 1));
    await expect(this.option(item, label)).toBeChecked();
  }

  /** The Next button, named "See my result" on the last question. */
  forward(n: number): Locator {
    return n === QUESTION_COUNT ? this.seeResult : this.next;
  }

  /**
   * Answers from the question on screen to the end, following `plan`.
   * With `keyboard`, only number keys and Enter are used, and after every
   * step focus must land on the new question's heading.
   */
  async finish(plan: Plan, { keyboard = false } = {}) {
    // A whole quiz is over a hundred browser round trips, and each takes
    // about twice as long over Firefox's BiDi as over CDP: the test gets a
    // minute more for every quiz it walks, on top of its own time; the
    // keyboard walk, which also checks the progress bar and focus at every
    // step, two (in Firefox it took 1.4-2.5 min at load average 4-12).
    test.info().setTimeout(test.info().timeout + (keyboard ? 120_000 : 60_000));
    let { n } = await this.current();
    for (; n <= QUESTION_COUNT; n++) {
      // The progress bar is checked on every step of the keyboard walk only, to keep the other walks quick.
      const item = await this.expectQuestion(n, { progress: keyboard });
      const choice = plan(item, n - 1);
      if ('skip' in choice) {
        if (keyboard) throw new Error('the keyboard walk does not skip');
        await this.skip.click();
      } else if (keyboard) {
        await this.chooseByKey(item, choice.pick);
        await expect(this.forward(n)).toBeEnabled();
        await this.page.keyboard.press('Enter');
      } else {
        await this.choose(item, choice.pick);
        await this.forward(n).click();
      }
      if (keyboard && n < QUESTION_COUNT) {
        await expect(this.heading).toHaveText(`Question ${n + 1} of ${QUESTION_COUNT}`);
        await expect(this.heading).toBeFocused();
      }
    }
    await expect(this.page).toHaveURL(/#\/result$/);
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { PHASES, STYLES, type Phase } from '../content';

/** The result screen, `#/result`. */
export class ResultPage {
  readonly kicker: Locator;
  readonly heading: Locator;
  readonly blend: Locator;
  readonly profile: Locator;
  readonly chart: Locator;
  readonly habits: Locator;
  readonly why: Locator;
  readonly checklist: Locator;
  readonly earlier: Locator;
  readonly retake: Locator;
  readonly retakeQuestion: Locator;
  readonly confirmRetake: Locator;
  readonly cancelRetake: Locator;
  readonly noEarlierResults: Locator;
  /** The first screenful: style, portrait, profile and Share. */
  readonly summary: Locator;
  readonly emblem: Locator;
  readonly share: Locator;
  readonly nav: Locator;
  readonly stylesLink: Locator;
  readonly progress: Locator;
  readonly print: Locator;

  constructor(readonly page: Page) {
    this.kicker = page.getByText('Your networking style', { exact: true });
    this.heading = page.getByRole('heading', { level: 1 });
    this.blend = page.locator('p.blend');
    this.profile = this.section('Your profile');
    this.chart = this.profile.locator('svg[role="img"]');
    this.habits = this.section('Your habits');
    this.why = this.section('Why you got this');
    this.checklist = this.section('Your checklist');
    this.earlier = this.section('Earlier results');
    this.retake = page.getByRole('button', { name: 'Retake the quiz', exact: true });
    this.retakeQuestion = page.getByText('Start a new attempt? This result stays in your history.', { exact: true });
    this.confirmRetake = page.getByRole('button', { name: 'Yes, retake', exact: true });
    this.cancelRetake = page.getByRole('button', { name: 'Cancel', exact: true });
    this.noEarlierResults = this.earlier.getByText('Your earlier results will appear here.', { exact: true });
    this.summary = page.locator('.summary');
    this.emblem = this.summary.locator('svg.emblem');
    this.share = page.getByRole('button', { name: 'Share your result', exact: true });
    this.nav = page.getByRole('navigation', { name: 'On this page' });
    this.stylesLink = page.getByRole('link', { name: 'What helps, and the other three styles', exact: true });
    this.progress = this.checklist.getByText(/^\d+ of \d+ done$/);
    this.print = page.getByRole('button', { name: 'Print my checklist', exact: true });
  }

  /**
   * The part of the page that belongs to one h2: its widest ancestor that
   * holds no other h2 (a section, an article or a div alike).
   */
  section(title: string): Locator {
    return this.page
      .getByRole('heading', { level: 2, name: title, exact: true })
      .locator('xpath=ancestor::*[count(.//h2)=1][last()]');
  }

  async goto() {
    await this.page.goto('/#/result');
  }

  async expectStyle(name: string) {
    await expect(this.page).toHaveURL(/#\/result$/);
    await expect(this.kicker).toBeVisible();
    await expect(this.heading).toHaveText(name);
  }

  /** The profile as listed in text, e.g. { Pro: 25, ... }. */
  async profileShares(): Promise<Record<string, number>> {
    const items = this.profile.getByRole('listitem');
    await expect(items).toHaveCount(STYLES.length);
    const shares: Record<string, number> = {};
    for (const text of await items.allInnerTexts()) {
      const m = /^\s*(Pro|Rookie|Imposter|Mensch)\s+(\d{1,3})\s*%\s*$/.exec(text);
      expect(m, `profile item "${text}" reads like "Pro 25%"`).not.toBeNull();
      shares[m![1]] = Number(m![2]);
    }
    return shares;
  }

  meter(habit: string): Locator {
    return this.habits.getByRole('meter', { name: habit, exact: true });
  }

  /** The smallest part of the page around a habit's meter that shows its score. */
  habitRow(habit: string): Locator {
    return this.meter(habit).locator(
      'xpath=ancestor-or-self::*[contains(., "/ 100") or contains(., "Too few answers")][1]',
    );
  }

  whyItems(): Locator {
    return this.why.locator('ol > li');
  }

  phaseHeading(phase: Phase): Locator {
    return this.checklist.getByRole('heading', { level: 3, name: PHASES[phase], exact: true });
  }

  tip(text: string): Locator {
    return this.checklist.getByRole('checkbox', { name: text, exact: true });
  }

  /** The h3 a checkbox sits under, by document order. */
  async phaseOf(checkbox: Locator): Promise<string> {
    return (await checkbox.locator('xpath=preceding::h3[1]').textContent())?.trim() ?? '';
  }

  /** The text a checkbox is labelled with. */
  async labelOf(checkbox: Locator): Promise<string> {
    return checkbox.evaluate((el) => {
      const input = el as HTMLInputElement;
      const by = el.getAttribute('aria-labelledby');
      const text =
        el.getAttribute('aria-label') ??
        (by ? by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
        input.labels?.[0]?.textContent ??
        '';
      return text.replace(/\s+/g, ' ').trim();
    });
  }

  earlierItems(): Locator {
    return this.earlier.getByRole('listitem');
  }

  /** Retake with confirmation: lands on question 1. */
  async retakeQuiz() {
    await this.retake.click();
    await expect(this.retakeQuestion).toBeVisible();
    await this.confirmRetake.click();
  }
}

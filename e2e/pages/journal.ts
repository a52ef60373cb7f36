import { expect, type Locator, type Page } from '@playwright/test';

export const JOURNAL_KEY = 'netstyle.v1.journal';

/** The sentence on every journal screen about where names are kept. */
export const STAYS_HERE =
  'Everything in the journal stays on this device. Names and notes are never put into a share link.';

export type NewEvent = { name: string; date: string; kind?: string; paid?: boolean; goal?: string };
export type NewPerson = { name: string; does?: string; promise?: string; by?: string; due?: string };

/** A journal a few weeks into use, as the app stores it. */
export const SAMPLE_JOURNAL = {
  schema: 1,
  data: {
    events: [
      {
        id: 101, name: 'Design week breakfast', date: '2026-03-03', kind: 'Managed', paid: true,
        goal: 'meet one graphic designer', minutes: 150,
        people: [
          { id: 201, name: 'Ana Ruiz', does: 'Graphic designer', promise: 'send her portfolio', promised_by: 'Them', due: '2026-03-10', steps: ['ThankYouSent'] },
          { id: 202, name: 'Bo Lind', does: 'Accountant for small studios', promise: 'an introduction to my printer', promised_by: 'Me', due: '2026-03-06', steps: [] },
          { id: 203, name: 'Cy Okafor', does: 'Runs a co-working space', promise: '', promised_by: 'Me', due: null, steps: ['ThankYouSent', 'MeetingAsked', 'MeetingHeld', 'ReferralGiven'] },
        ],
      },
      {
        id: 102, name: 'Chamber mixer', date: '2026-02-12', kind: 'OpenMixer', paid: false, goal: '', minutes: 180,
        people: [
          { id: 204, name: 'Di Park', does: 'Photographer', promise: 'coffee next month', promised_by: 'Both', due: '2026-03-20', steps: ['ThankYouSent', 'MeetingAsked'] },
        ],
      },
      {
        id: 103, name: 'Spring trade fair', date: '2026-03-24', kind: 'TradeShow', paid: true, goal: 'find two print suppliers', minutes: null, people: [],
      },
    ],
  },
};

/** The journal (`#/journal`), an event's page and the follow-ups list (`#/follow-ups`). */
export class JournalPage {
  readonly heading: Locator;
  readonly headerLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Your event journal' });
    this.headerLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' });
  }

  /** Goes to `hash` within the app the way a link would, in any engine. */
  async go(hash: string) {
    await this.page.evaluate((h) => (location.hash = h), hash);
  }

  async open() {
    await this.go('#/journal');
    await expect(this.heading).toBeVisible();
  }

  async openFollowUps() {
    await this.go('#/follow-ups');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  }

  /** Fills the "Add an event" form and sends it; the event's page opens. */
  async addEvent(e: NewEvent) {
    await this.page.getByLabel('Name of the event').fill(e.name);
    await this.page.getByLabel('Date', { exact: true }).fill(e.date);
    if (e.kind) await this.page.getByLabel('Kind of event').selectOption({ label: e.kind });
    await this.page.getByLabel('Entry').selectOption({ label: e.paid ? 'Paid' : 'Free' });
    if (e.goal) await this.page.getByLabel('Your goal for it (optional)').fill(e.goal);
    await this.page.getByRole('button', { name: 'Add the event' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: e.name })).toBeVisible();
  }

  /** Fills the "Add a person" form of the open event and sends it. */
  async addPerson(p: NewPerson) {
    await this.page.getByLabel('Name', { exact: true }).fill(p.name);
    if (p.does) await this.page.getByLabel('What they do').fill(p.does);
    if (p.promise) await this.page.getByLabel('What was promised (optional)').fill(p.promise);
    if (p.by) await this.page.getByLabel('Who promised it').selectOption({ label: p.by });
    if (p.due) await this.page.getByLabel('Next step due (optional)').fill(p.due);
    await this.page.getByRole('button', { name: 'Add the person' }).click();
    await expect(this.person(p.name)).toBeVisible();
  }

  /** A person's card on the open event's page. */
  person(name: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** A person's facts as their card lists them: [term, value] (without the Edit buttons). */
  async facts(name: string): Promise<[string, string][]> {
    await expect(this.person(name).locator('.person-facts')).toBeVisible();
    return this.person(name)
      .locator('.person-facts dt')
      .evaluateAll((terms) => terms.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.querySelector('.value')?.textContent ?? ''] as [string, string]));
  }

  step(name: string, step: string): Locator {
    return this.page.getByRole('group', { name: `Steps taken with ${name}` }).getByRole('checkbox', { name: step });
  }

  /** The follow-ups list's group with this heading ("Overdue (1)"), as its items' texts. */
  group(heading: RegExp): Locator {
    return this.page.getByRole('region', { name: heading }).getByRole('listitem');
  }
}

/** A file the app saved, as the page handed it to the browser: its bytes, and those read as UTF-8 text. */
export type Saved = { name: string; type: string; text: string; bytes: Buffer };

/**
 * From the next page load on, keeps a copy of every file the app saves
 * through a link with a `download` name (the blob and the name). Playwright's
 * download event does not arrive in Firefox 153 ESR over WebDriver BiDi
 * (the test waited 120 s for it), so the specs read what the app handed
 * over here, in both engines; in Chromium they also check it against the
 * file the browser really saved.
 */
export async function captureDownloads(page: Page) {
  await page.addInitScript(() => {
    const blobs = new Map<string, Blob>();
    const w = window as unknown as { __saved: Promise<{ name: string; type: string; base64: string }>[] };
    w.__saved = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    const base64 = async (blob: Blob) => {
      let text = '';
      for (const b of new Uint8Array(await blob.arrayBuffer())) text += String.fromCharCode(b);
      return btoa(text);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      const name = this.download;
      if (name && blob) w.__saved.push(base64(blob).then((b) => ({ name, type: blob.type, base64: b })));
      return click.call(this);
    };
  });
}

/** Every file saved since the page loaded, oldest first. */
export async function savedFiles(page: Page): Promise<Saved[]> {
  const files = await page.evaluate(() =>
    Promise.all((window as unknown as { __saved: Promise<{ name: string; type: string; base64: string }>[] }).__saved),
  );
  return files.map(({ name, type, base64 }) => {
    const bytes = Buffer.from(base64, 'base64');
    return { name, type, bytes, text: bytes.toString('utf8') };
  });
}

// "Compare a group": collect result links (a damaged one
// named as such while the rest still counts), see the mix, share the group as
// one link with names only by choice, and reopen it in a fresh browser; the
// group is kept like every other document; a damaged or too-long group link
// says so; axe finds nothing on the group screens.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, watch } from './fixtures';
import { open } from './open';
import { codeFor } from './content';
import { KEYS, NOTICE, Notices, fillStorage, fixture } from './pages/notices';
import { GroupPage } from './pages/group';
import { NO_MEDIA_EMULATION, SCHEMES_TAG, adaptPagesToEngine, canEmulateMedia, schemesOf, useScheme } from './engines';

const GROUP_KEY = 'netstyle.v1.group';
const SKIPPED = 255;
/** Pro, low on follow-up. */
const ANN = codeFor([1, 70, 10, 10, 10, 0b0000, 20, 10, 30, 40, 50]);
/** Pro. */
const BO = codeFor([1, 60, 20, 10, 10, 0b0000, 40, 20, 60, 50, 30]);
/** Mensch with a Pro streak 20 points behind (format 2), no Goal & ROI score. */
const CY = codeFor([2, 30, 10, 10, 50, 0b0111, 80, 70, 90, 60, SKIPPED]);
/** Cy's code with its last character changed: the checksum no longer fits. */
const CY_CHANGED = CY.slice(0, -1) + (CY.endsWith('A') ? 'B' : 'A');

const ROWS = [
  ['Ann', 'Pro', '20', '10', '30', '40', '50'],
  ['Bo', 'Pro', '40', '20', '60', '50', '30'],
  ['Cy', 'Mensch with a Pro streak', '80', '70', '90', '60', '–'],
];
/** (20+40+80)/3, (10+20+70)/3, (30+60+90)/3, (40+50+60)/3, (50+30)/2. */
const AVERAGES = ['Average', '', '47', '33', '60', '50', '40'];
/** Pro 160/3, Rookie 40/3, Imposter 30/3, Mensch 70/3; the spare point to the first largest remainder. */
const PROFILE = 'Profile: Pro 54%, Rookie 13%, Imposter 10%, Mensch 23%';

const AXE_OPTIONS = {
  rules: Object.fromEntries(
    ['target-size', 'css-orientation-lock', 'label-content-name-mismatch', 'p-as-heading', 'table-fake-caption', 'td-has-header'].map((id) => [id, { enabled: true }]),
  ),
};

function link(page: Page, code: string) {
  return new URL(`/#/r/${code}`, page.url()).href;
}

/** Builds the sample group: three results, one entry that is not a link and one damaged link, named. */
async function buildGroup(page: Page, group: GroupPage) {
  await group.paste([link(page, ANN), 'see you at the breakfast', link(page, BO)]);
  await expect(group.addStatus).toHaveText('Added 3 entries.');
  // One at a time, as someone adds links as they arrive.
  await group.paste([link(page, CY_CHANGED)]);
  await expect(group.addStatus).toHaveText('Added 1 entry.');
  await group.paste([CY]);
  await expect(group.entries).toHaveCount(5);
  for (const [entry, name] of [[1, 'Ann'], [3, 'Bo'], [5, 'Cy']] as const) await group.name(entry, name);
  await expect(group.nameField(5)).toHaveValue('Cy');
}

async function expectSampleMix(group: GroupPage, rows: string[][]) {
  expect(await group.rows()).toEqual(rows);
  expect(await group.averages()).toEqual(AVERAGES);
  await expect(group.profile).toHaveAccessibleName(PROFILE);
  await expect(group.page.getByText('Strongest habit: Giving first (average 60 of 100)')).toBeVisible();
  await expect(group.page.getByText('Weakest habit: Follow-up (average 33 of 100)')).toBeVisible();
  await expect(group.tips.first()).toHaveText(/^Follow-up is where this group has the most to gain\./);
  await expect(group.tips.filter({ hasText: 'a room full of Pros' })).toHaveCount(1);
}

test('a group with damaged entries is built, shared with names by choice, and reopened in a fresh browser', async ({ page, browser, browserName, baseURL }) => {
  const group = new GroupPage(page);
  await open(page, '/#/');
  await group.openFromHeader();
  await buildGroup(page, group);

  await expect(group.entries.nth(1)).toContainText('Entry 2 is not a netstyle result link.');
  await expect(group.entries.nth(3)).toContainText(
    'Entry 4 is damaged. The link was changed or damaged on its way to you: its checksum does not match.',
  );
  await expect(page.getByText('2 entries hold no result. They are kept below')).toBeVisible();
  await expectSampleMix(group, ROWS);
  await expect(page.getByText('2 entries hold no result and are left out of the link.')).toBeVisible();

  // Without the box ticked, the names stay on this device.
  await expect(group.namesInLink).not.toBeChecked();
  const anonymous = await group.groupLink.inputValue();
  expect(anonymous).toMatch(/\/#\/g\/[A-Za-z0-9_-]+$/);
  await group.namesInLink.check();
  await expect(group.groupLink).not.toHaveValue(anonymous);
  const named = await group.groupLink.inputValue();
  expect(named.length).toBeGreaterThan(anonymous.length);

  for (const [shared, rows] of [
    [anonymous, ROWS.map((row, i) => [`Person ${i + 1}`, ...row.slice(1)])],
    [named, ROWS],
  ] as const) {
    const context = await browser.newContext({ baseURL });
    adaptPagesToEngine(context, browserName, baseURL);
    const fresh = await context.newPage();
    const guard = watch(fresh, new URL(baseURL!).origin);
    await fresh.goto(shared);
    const seen = new GroupPage(fresh);
    await expect(seen.heading).toHaveText('A group of 3');
    await expectSampleMix(seen, rows);
    expect(await fresh.evaluate(() => localStorage.length), 'opening a group link stores nothing').toBe(0);
    if (shared === named) {
      await fresh.getByRole('button', { name: 'Add them to my group' }).click();
      await expect(fresh.getByText('Added 3 entries. Your group is under Compare a group.')).toBeVisible();
      await fresh.getByRole('link', { name: 'Open my group' }).click();
      await expect(seen.heading).toHaveText('Compare a group');
      await expect(seen.entries).toHaveCount(3);
      await expect(seen.nameField(3)).toHaveValue('Cy');
      expect(await seen.rows()).toEqual(ROWS);
    }
    expect(guard.errors).toEqual([]);
    expect(guard.foreign).toEqual([]);
    await context.close();
  }
});

test('the group is kept across a reload, reaches another tab, and holds at most 12', async ({ page, context }) => {
  const group = new GroupPage(page);
  await open(page, '/#/group');
  await group.paste([link(page, ANN), link(page, BO)]);
  await group.name(1, 'Ann');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), GROUP_KEY)).toContain('"name":"Ann"');
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), GROUP_KEY))!);
  expect(stored.schema).toBe(1);

  await page.reload();
  await expect(group.entries).toHaveCount(2);
  await expect(group.nameField(1)).toHaveValue('Ann');

  const other = await context.newPage();
  await other.goto('/#/group');
  const there = new GroupPage(other);
  await expect(there.entries).toHaveCount(2);
  await group.remove(2).click();
  await expect(there.entries).toHaveCount(1);

  await group.paste(Array.from({ length: 13 }, () => BO));
  await expect(group.addStatus).toHaveText('Added 11 entries. 2 did not fit: a group holds 12.');
  await expect(group.entries).toHaveCount(12);
  await expect(group.add).toBeDisabled();
  await expect(there.entries).toHaveCount(12);
});

test('"Add my own result" adds the latest result on this device, and is offered only when there is one', async ({ page }) => {
  const group = new GroupPage(page);
  await open(page, '/#/group');
  await expect(page.getByText('No one yet.')).toBeVisible();
  await expect(group.addMine, 'no result on this device yet').toHaveCount(0);

  // The history fixture's latest result is a Mensch, with habits 75, 40, none,
  // 100, 0; the one before it is a Pro (tests/fixtures/v1/history.json).
  await open(page, '/#/group', { [KEYS.history]: fixture('history') });
  await group.addMine.click();
  await expect(group.addStatus).toHaveText('Added 1 entry.');
  await expect(group.entries).toHaveCount(1);
  expect(await group.rows()).toEqual([['Person 1', 'Mensch', '75', '40', '–', '100', '0']]);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), GROUP_KEY), 'the entry is kept').toContain('"members"');
});

test('a damaged, newer or unsavable group document is handled like every other document', async ({ page }) => {
  const notices = new Notices(page);
  const group = new GroupPage(page);
  await open(page, '/#/group', { [GROUP_KEY]: '{"schema":1,"data":{"members":"oops"' });
  await notices.expectShown(NOTICE.corrupt);
  await expect(page.getByText('No one yet.')).toBeVisible();
  const stored = await notices.stored();
  const backups = Object.keys(stored).filter((k) => k.startsWith(`${GROUP_KEY}.backup.`));
  expect(backups).toHaveLength(1);
  expect(stored[backups[0]]).toBe('{"schema":1,"data":{"members":"oops"');

  const newer = '{"schema":9,"data":{"people":[]}}';
  await notices.reloadWith({ [GROUP_KEY]: newer });
  await notices.expectShown(NOTICE.newer);
  await group.paste([BO]);
  await expect(group.entries).toHaveCount(1);
  expect((await notices.stored())[GROUP_KEY], 'the newer document is left untouched').toBe(newer);

  await fillStorage(page, GROUP_KEY);
  await notices.reloadWith({});
  await group.paste([BO]);
  await notices.expectShown(NOTICE.saveFailed);
  await expect(group.entries).toHaveCount(1);
});

test('a damaged or too long group link gets a clear message and a way on', async ({ page }) => {
  await open(page, '/#/group');
  const group = new GroupPage(page);
  await group.paste([ANN, BO]);
  const shared = await group.groupLink.inputValue();
  const code = shared.split('#/g/')[1];
  const changed = code.slice(0, 5) + (code[5] === 'x' ? 'y' : 'x') + code.slice(6);
  const heading = page.getByRole('heading', { level: 1 });
  // Through location.hash: a goto that changes only the fragment hangs in Firefox.
  const go = (hash: string) => page.evaluate((h) => (location.hash = h), hash);
  await go(`#/g/${'A'.repeat(800)}`);
  await expect(heading).toHaveText('This group link could not be opened');
  await expect(page.getByText('The link is longer than any netstyle group link (743 characters after #/g/)')).toBeVisible();
  await go(`#/g/${changed}`);
  await expect(page.getByText('The link is incomplete or was changed on its way to you')).toBeVisible();
  await go('#/group');
  await expect(heading).toHaveText('Compare a group');
  await go(`#/g/${code.slice(0, -6)}`);
  await expect(heading).toHaveText('This group link could not be opened');
  await expect(page.getByText('The link is incomplete or was changed on its way to you')).toBeVisible();
  await page.getByRole('link', { name: 'Compare a group of your own' }).click();
  await expect(group.entries, 'a damaged link changed nothing').toHaveCount(2);
});

async function axe(page: Page, screen: string) {
  const found: string[] = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const colorScheme of await schemesOf(page)) {
      await useScheme(page, colorScheme);
      const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
      for (const v of results.violations) {
        found.push(`${screen} ${colorScheme} ${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
    }
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `${screen} at ${width} px scrolls sideways`).toBeLessThanOrEqual(client);
  }
  expect(found).toEqual([]);
}

test.describe('axe finds no violation, light and dark, at 320 and 1280 px', { tag: SCHEMES_TAG }, () => {
  // Four axe runs per screen on a shared machine.
  test.describe.configure({ timeout: 150_000 });

  test('on the group screen, empty and with a group', async ({ page }) => {
    const group = new GroupPage(page);
    await open(page, '/#/group');
    await axe(page, 'empty group');
    await buildGroup(page, group);
    await group.namesInLink.check();
    await axe(page, 'group');
  });

  test('on a shared group and on a damaged group link', async ({ page }) => {
    const group = new GroupPage(page);
    await open(page, '/#/group');
    await buildGroup(page, group);
    await group.namesInLink.check();
    const shared = await group.groupLink.inputValue();
    await page.evaluate((s) => (location.href = s), shared);
    await expect(group.heading).toHaveText('A group of 3');
    await axe(page, 'shared group');
    await page.evaluate(() => (location.hash = '#/g/damaged'));
    await expect(group.heading).toHaveText('This group link could not be opened');
    await axe(page, 'damaged group link');
  });
});

test('the group view at 1280 px, for the docs', async ({ page }) => {
  test.skip(!canEmulateMedia(page), NO_MEDIA_EMULATION);
  const group = new GroupPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '/#/group');
  await buildGroup(page, group);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.screenshot({ path: join(__dirname, '..', 'docs', 'group-view.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.screenshot({ path: join(__dirname, '..', 'docs', 'group-view-390-dark.png'), fullPage: true });
});

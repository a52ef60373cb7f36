// What the person sees, and what is left in localStorage, when stored data
// is damaged, comes from a newer version, or cannot be stored at all.
import { test, expect } from './fixtures';
import { ITEMS, SCENES, planFor } from './content';
import { NOTICE, KEYS, Notices, fillStorage, fixture } from './pages/notices';
import { QUESTION_COUNT } from './pages/quiz';

test('documents as this version writes them load without a word', async ({ page, welcome, quiz, result }) => {
  const notices = new Notices(page);
  await welcome.goto();
  // The first release's attempt names two scenes and two statements retired
  // since; the same attempt with today's scenes and count items is what this
  // version writes.
  const counts = ITEMS.filter((i) => i.kind === 'count');
  const attempt = fixture('attempt')
    .replace('"scene-arrival"', `"${SCENES[0].id}"`)
    .replace('"scene-buffet"', `"${SCENES[1].id}"`)
    .replace('"expect-business"', `"${counts[0].id}"`)
    .replace('"giving-introduce"', `"${counts[1].id}"`);
  await notices.reloadWith({
    [KEYS.attempt]: attempt,
    [KEYS.history]: fixture('history'),
    [KEYS.checklist]: fixture('checklist'),
  });
  await expect(welcome.continue).toBeVisible();
  await expect(page.getByText(`You answered 4 of ${QUESTION_COUNT} questions so far.`)).toBeVisible();
  await notices.expectNone();

  await welcome.continue.click();
  await quiz.expectQuestion(6);
  await result.goto();
  await result.expectStyle('Mensch');
  await expect(result.earlierItems()).toHaveCount(1);
});

test('an attempt saved with other questions carries on with the answers that still fit', async ({ page, welcome, quiz }) => {
  const notices = new Notices(page);
  const first = ITEMS[0];
  const retired = 'scene-retired';
  expect(ITEMS.map((i) => i.id), 'the retired id is not a question any more').not.toContain(retired);
  // Saved before the questions changed: an answer to a question no longer
  // asked, one to a question still asked, and a place past today's end.
  const saved = JSON.stringify({
    schema: 1,
    data: {
      seed: 7,
      position: ITEMS.length + 5,
      answers: {
        [first.id]: first.kind === 'scene' ? { Choice: 1 } : { Rating: 4 },
        [retired]: { Choice: 2 },
      },
    },
  });
  await welcome.goto();
  await notices.reloadWith({ [KEYS.attempt]: saved });

  await notices.expectShown(NOTICE.questionsChanged);
  await expect(page.getByText(`You answered 1 of ${QUESTION_COUNT} questions so far.`)).toBeVisible();
  await welcome.continue.click();
  const last = await quiz.expectQuestion(QUESTION_COUNT);
  const stored = await notices.stored();
  expect(Object.keys(stored), 'nothing set aside as damaged').toEqual([KEYS.attempt]);
  const kept = JSON.parse(stored[KEYS.attempt]).data;
  expect(Object.keys(kept.answers), 'what was kept is stored').toEqual([first.id]);
  expect(kept.position).toBe(QUESTION_COUNT - 1);

  await quiz.choose(last, quiz.labels(last)[0]);
  await expect.poll(async () => JSON.parse((await notices.stored())[KEYS.attempt]).data.answers).toEqual({
    [first.id]: first.kind === 'scene' ? { Choice: 1 } : { Rating: 4 },
    [last.id]: last.kind === 'scene' ? { Choice: 0 } : { Rating: 1 },
  });
  await page.reload();
  await notices.expectNone();
});

test('damaged data is set aside under a backup key and the quiz works', async ({ page, welcome, quiz, result }) => {
  const notices = new Notices(page);
  const damaged = {
    [KEYS.attempt]: '{"schema":1,"data":{"seed":1,"posit',
    [KEYS.history]: '{"schema":1,"data":{"records":"many"}}',
    [KEYS.checklist]: JSON.stringify({ schema: 1, data: ['x'.repeat(500)] }),
  };
  await welcome.goto();
  await notices.reloadWith(damaged);

  await notices.expectShown(NOTICE.corrupt);
  await expect(welcome.start).toBeVisible();
  const stored = await notices.stored();
  for (const [key, original] of Object.entries(damaged)) {
    const backups = Object.keys(stored).filter((k) => k.startsWith(`${key}.backup.`));
    expect(backups, `one backup of ${key}`).toHaveLength(1);
    expect(backups[0]).toMatch(/\.backup\.\d+$/);
    expect(stored[backups[0]], `the backup of ${key} holds the original text`).toBe(original);
    expect(stored[key] ?? null, `${key} no longer holds the damaged text`).not.toBe(original);
  }

  await notices.dismiss.click();
  await expect(notices.notice(NOTICE.corrupt)).toHaveCount(0);
  await welcome.startQuiz();
  await quiz.finish(planFor('Pro'));
  await result.expectStyle('Pro');

  await page.reload();
  await result.expectStyle('Pro');
  await notices.expectNone();
  const after = await notices.stored();
  expect(Object.keys(after).filter((k) => k.includes('.backup.'))).toHaveLength(3);
});

test('a newer version\'s document is left untouched and the page runs in memory', async ({ page, welcome, quiz, result }) => {
  const notices = new Notices(page);
  const newer = fixture('history').replace('"schema":1', '"schema":2');
  expect(newer).not.toBe(fixture('history'));
  await welcome.goto();
  await notices.reloadWith({ [KEYS.history]: newer });

  await notices.expectShown(NOTICE.newer);
  await welcome.startQuiz();
  for (let n = 1; n <= 3; n++) {
    const item = await quiz.expectQuestion(n);
    await quiz.choose(item, quiz.labels(item)[0]);
    await quiz.next.click();
  }
  await quiz.expectQuestion(4);
  expect(await notices.stored(), 'nothing written while answering').toEqual({ [KEYS.history]: newer });

  await quiz.finish(planFor('Imposter'));
  await result.expectStyle('Imposter');
  await result.checklist.getByRole('checkbox').first().check();
  await notices.expectShown(NOTICE.newer);
  expect(await notices.stored(), 'the newer document is unchanged').toEqual({ [KEYS.history]: newer });

  await page.reload();
  await notices.expectShown(NOTICE.newer);
  expect(await notices.stored()).toEqual({ [KEYS.history]: newer });
});

test('with storage blocked the quiz still reaches the result, talking to no other origin', async ({ page, guard, welcome, quiz, result }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      },
    });
  });
  const notices = new Notices(page);
  await welcome.goto();
  await notices.expectShown(NOTICE.unavailable);
  await welcome.startQuiz();
  await quiz.finish(planFor('Rookie'));
  await result.expectStyle('Rookie');
  await notices.expectShown(NOTICE.unavailable);

  expect(guard.requests.some((url) => url.endsWith('.wasm')), 'the whole app was loaded and watched').toBe(true);
  expect(guard.foreign).toEqual([]);
});

test('with storage full from the start, saved results still show and the notice says progress is not kept', async ({ page, welcome, quiz, result }) => {
  const notices = new Notices(page);
  await welcome.goto();
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, value);
    },
    [KEYS.history, fixture('history')],
  );
  await fillStorage(page);
  await page.reload();

  await notices.expectShown(NOTICE.saveFailed);
  await expect(page.getByRole('link', { name: 'See your latest result' })).toBeVisible();
  await welcome.startQuiz();
  await quiz.finish(planFor('Mensch'));
  await result.expectStyle('Mensch');
  await expect(result.earlierItems()).toHaveCount(2);
  await notices.expectShown(NOTICE.saveFailed);
  expect(await notices.stored()).toEqual({ [KEYS.history]: fixture('history') });
});

test('a save that fails mid-quiz is reported once, and stays dismissed', async ({ page, welcome, quiz }) => {
  // Only the attempt overflows, so the app starts normally and the first
  // failing save comes with the first answer.
  await fillStorage(page, KEYS.attempt);
  const notices = new Notices(page);
  await welcome.goto();
  await notices.expectNone();

  await welcome.startQuiz();
  await notices.expectShown(NOTICE.saveFailed);
  for (let n = 1; n <= 4; n++) {
    const item = await quiz.expectQuestion(n);
    await quiz.choose(item, quiz.labels(item)[1]);
    await quiz.next.click();
    await expect(page.getByText(NOTICE.saveFailed, { exact: true })).toHaveCount(1);
  }

  await notices.dismiss.click();
  await expect(notices.notice(NOTICE.saveFailed)).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  for (let n = 5; n <= 8; n++) {
    const item = await quiz.expectQuestion(n);
    await quiz.choose(item, quiz.labels(item)[1]);
    await quiz.next.click();
  }
  await quiz.expectQuestion(9);
  await notices.expectNone();
});

// The attempt is written after the frame that shows the answer has painted.
// A page hidden or left before then must still keep the answer. The test
// holds back every animation frame (so no paint can come and write it),
// waits until the answer is on screen and yew's effects have run (yew may
// finish them in a later task of its own, when a render takes long), and
// only then hides the page: only the flush on hiding can have written it.
for (const event of ['pagehide', 'visibilitychange'] as const) {
  test(`an answer given just before the page is left is kept (${event})`, async ({ page, welcome, quiz }) => {
    await welcome.goto();
    await welcome.startQuiz();
    await quiz.expectQuestion(1);
    // Let the question's own render, effects and writes settle first, so the
    // key below is the only work pending.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
    const stored = await page.evaluate(
      async ({ event, key }) => {
        const read = () => JSON.parse(localStorage.getItem(key) ?? 'null')?.data?.answers ?? null;
        const task = () => new Promise((done) => setTimeout(done, 0));
        const held: FrameRequestCallback[] = [];
        const requestFrame = window.requestAnimationFrame;
        window.requestAnimationFrame = (callback) => held.push(callback);
        try {
          const before = JSON.stringify(read());
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
          let shown = false;
          for (let i = 0; i < 500 && !shown; i++) {
            await task();
            shown = document.querySelector<HTMLInputElement>('input[name="answer"]:checked') !== null;
          }
          // yew's continuation, queued before these tasks, runs first.
          for (let i = 0; i < 20; i++) await task();
          const pending = JSON.stringify(read());
          if (event === 'visibilitychange') {
            Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
            document.dispatchEvent(new Event('visibilitychange'));
          } else {
            window.dispatchEvent(new PageTransitionEvent('pagehide'));
          }
          return { before, shown, pending, after: JSON.stringify(read()) };
        } finally {
          window.requestAnimationFrame = requestFrame;
          for (const callback of held) requestFrame(callback);
        }
      },
      { event, key: KEYS.attempt },
    );
    expect(stored.shown, 'the answer is on screen').toBe(true);
    expect(stored.pending, 'not written before the frame').toBe(stored.before);
    expect(stored.after, 'written when the page was hidden').not.toBe(stored.before);
    expect(Object.keys(JSON.parse(stored.after)).length).toBe(1);
  });
}

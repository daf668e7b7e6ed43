import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright';
import { screenLabels } from './screen-label';
import { noteInstruction, noteLabel, noteTap, screenshotOf, takeScreenRecord } from './screen-record';

/** The record is kept per page object; nothing of a real browser is needed to read it back. */
const aPage = () => ({}) as unknown as Page;

test('an instruction is recorded as a `do` label with no Japanese, in order with the labels around it', () => {
  const page = aPage();
  noteInstruction(page, 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).');
  noteLabel(page, screenLabels.customerSupport, 'tap');
  noteInstruction(page, "Reload the page in your phone's browser.");
  assert.deepEqual(takeScreenRecord(page).labels, [
    { ja: '', en: 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).', action: 'do' },
    { ja: 'お客様サポート', en: 'Customer Support', action: 'tap' },
    { ja: '', en: "Reload the page in your phone's browser.", action: 'do' },
  ]);
});

test('what was taken is not handed over again', () => {
  const page = aPage();
  noteInstruction(page, 'Connect your phone to Wi-Fi.');
  takeScreenRecord(page);
  assert.deepEqual(takeScreenRecord(page).labels, []);
});

test('an instruction that is not a sentence ending with a full stop is refused, with what to write instead', () => {
  assert.throws(() => noteInstruction(aPage(), 'turn off Wi-Fi'), /ending with a full stop/);
  assert.throws(() => noteInstruction(aPage(), '   '), /one instruction in the second person/);
});

test('a tap that stays on the page (a checkbox) is photographed with the control marked and recorded as a tap', async () => {
  const page = { screenshot: async (options: { style?: string }) => Buffer.from(options.style ?? 'no mark') } as unknown as Page;
  const marks: string[] = [];
  const checkbox = {
    scrollIntoViewIfNeeded: async () => undefined,
    evaluate: async (
      change: (element: { setAttribute(name: string): void; removeAttribute(name: string): void }, attribute: string) => void,
      attribute: string,
    ) => change({ setAttribute: (name) => marks.push(`+${name}`), removeAttribute: (name) => marks.push(`-${name}`) }, attribute),
  } as unknown as Locator;
  await noteTap(page, checkbox, screenLabels.spamFilter);
  const { labels, taps } = takeScreenRecord(page);
  assert.deepEqual(labels, [{ ...screenLabels.spamFilter, action: 'tap' }]);
  assert.equal(taps.length, 1);
  assert.match(taps[0].toString(), /outline/);
  assert.deepEqual(marks, ['+data-guide-tap', '-data-guide-tap']);
});

/** A page whose screenshots fail with these errors in turn, then succeed; it counts the captures asked for. */
function refusingPage(...errors: string[]) {
  const page = {
    asked: 0,
    screenshot: async () => {
      const error = errors[page.asked++];
      if (error) throw new Error(error);
      return Buffer.from('png');
    },
    waitForTimeout: async () => {},
  };
  return page;
}

test('a capture Chromium refuses is asked for once more, and the second picture is the step’s', async () => {
  const page = refusingPage('page.screenshot: Protocol error (Page.captureScreenshot): Unable to capture screenshot');
  assert.deepEqual(await screenshotOf(page), Buffer.from('png'));
  assert.equal(page.asked, 2);
});

test('a second refusal, or any other error, fails the screenshot', async () => {
  const refused = 'page.screenshot: Protocol error (Page.captureScreenshot): Unable to capture screenshot';
  const twice = refusingPage(refused, refused);
  await assert.rejects(screenshotOf(twice), /Unable to capture screenshot/);
  assert.equal(twice.asked, 2);
  const closed = refusingPage('page.screenshot: Target page, context or browser has been closed');
  await assert.rejects(screenshotOf(closed), /has been closed/);
  assert.equal(closed.asked, 1, 'only a refused capture is retried');
});

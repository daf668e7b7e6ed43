import type { Locator, Page } from 'playwright';
import type { ScreenLabel } from './screen-label';

/**
 * What a step did on the phone, for the guide: the labels it looked for (tapped, filled in or
 * read), what it did that is neither a tap nor a fill (switching the network, opening an
 * address: a `do` instruction, with no Japanese label), and a screenshot with the control to tap
 * marked, taken just before the tap. Page objects record here, in the order things happen; the
 * AfterStep hook attaches the record to the step and clears it, so page objects need no link to
 * cucumber.
 */
export type LabelUse = ScreenLabel & { action: 'tap' | 'fill' | 'see' | 'do' };

export interface ScreenRecord {
  labels: LabelUse[];
  /** One marked screenshot per tap, in order. */
  taps: Buffer[];
}

const records = new WeakMap<Page, ScreenRecord>();

function recordOf(page: Page): ScreenRecord {
  let record = records.get(page);
  if (!record) records.set(page, (record = { labels: [], taps: [] }));
  return record;
}

/** Hands over what was recorded on this page since the last call, and starts afresh. */
export function takeScreenRecord(page: Page): ScreenRecord {
  const record = recordOf(page);
  records.delete(page);
  return record;
}

export function noteLabel(page: Page, label: ScreenLabel, action: Exclude<LabelUse['action'], 'do'> = 'see'): void {
  recordOf(page).labels.push({ ...label, action });
}

/**
 * Records something the customer does on her phone that is neither a tap nor a fill, as the guide
 * tells it to the reader: one sentence in the second person, ending with a full stop, e.g. "Turn
 * off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).".
 */
export function noteInstruction(page: Page, instruction: string): void {
  const text = instruction.trim();
  if (!/^\S.*\.$/s.test(text)) {
    throw new Error(`The instruction "${instruction}" is not a sentence for the guide: write one instruction in the second person, ending with a full stop.`);
  }
  recordOf(page).labels.push({ ja: '', en: text, action: 'do' });
}

/** Device pixels per CSS pixel of every screenshot: the phone profiles draw at this density. */
export const SCREENSHOT_DENSITY = 2;

/** A screenshot's file name with its density, as the web names 2× images: "step@2x.png". */
export function screenshotName(name: string): string {
  return `${name}@${SCREENSHOT_DENSITY}x.png`;
}

/**
 * Chromium now and then refuses one capture with this error and takes the same picture when asked
 * again a moment later; on a loaded 2-core machine it failed 1 of 193 scenarios of a full run.
 */
const REFUSED_CAPTURE = 'Unable to capture screenshot';
const RETRY_AFTER_MS = 250;

/**
 * The phone's screen at its device pixels, still: no caret, no animation. A capture Chromium
 * refuses is asked for once more; any other error, or a second refusal, fails the step.
 */
export async function screenshotOf(page: Pick<Page, 'screenshot' | 'waitForTimeout'>, style?: string): Promise<Buffer> {
  const take = () => page.screenshot({ scale: 'device', animations: 'disabled', caret: 'hide', ...(style ? { style } : {}) });
  try {
    return await take();
  } catch (error) {
    if (!String((error as Error).message).includes(REFUSED_CAPTURE)) throw error;
    await page.waitForTimeout(RETRY_AFTER_MS);
    return take();
  }
}

const markAttribute = 'data-guide-tap';
const markStyle = `[${markAttribute}] { outline: 4px solid #ff8c00 !important; outline-offset: 2px !important; border-radius: 4px; }`;

/**
 * Scrolls the control into view as a person would, photographs the screen with it marked, and
 * records the tap: the caller taps it next. Its own function for a tap that stays on the page (a
 * checkbox); `tapToNextPage` is the one for a tap that leads to another page.
 */
export async function noteTap(page: Page, target: Locator, label: ScreenLabel): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await target.evaluate((element, attribute) => element.setAttribute(attribute, ''), markAttribute);
  const shot = await screenshotOf(page, markStyle);
  await target.evaluate((element, attribute) => element.removeAttribute(attribute), markAttribute);
  const record = recordOf(page);
  record.taps.push(shot);
  record.labels.push({ ...label, action: 'tap' });
}

/**
 * Photographs the control marked, taps it, then waits until the page it leads to has loaded. A
 * step must end on a settled page: the screenshot taken after it failed with "Unable to capture
 * screenshot" when it raced the navigation the tap had started.
 */
export async function tapToNextPage(page: Page, target: Locator, label: ScreenLabel): Promise<void> {
  await noteTap(page, target, label);
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await target.click();
  await navigated;
  await page.waitForLoadState('load');
}

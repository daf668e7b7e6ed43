import type { Page } from 'playwright';
import { takeScreenRecord } from '../pages/screen-record';
import { ARIA_MEDIA_TYPE, LABELS_MEDIA_TYPE } from './run-info';

/** The World's `attach`, as far as the step record needs it. */
export interface Attach {
  (data: Buffer, options: { mediaType: string; fileName: string }): unknown;
  (data: string, options: { mediaType: string; fileName: string }): unknown;
}

/**
 * For the guide: each tap's screenshot with the control marked, the screen after the step (a
 * failed step's screen is how the failure looked), the labels and instructions the step recorded,
 * and what the reader saw as text. Before the first page (about:blank) there is no screen to
 * show, yet what the step did is attached all the same: the instruction to switch the phone to
 * sp-mode is the first step of many a how-to, and it comes before any page is open.
 */
export async function attachStepRecord(page: Page | undefined, attach: Attach, failed: boolean): Promise<void> {
  if (!page) return;
  const { taps, labels } = takeScreenRecord(page);
  const onScreen = page.url() !== 'about:blank';
  taps.forEach((tap, index) => attach(tap, { mediaType: 'image/png', fileName: `tap-${index + 1}.png` }));
  if (onScreen) {
    const screenshot = await page.screenshot({ scale: 'css', animations: 'disabled', caret: 'hide' });
    attach(screenshot, { mediaType: 'image/png', fileName: failed ? 'failure.png' : 'step.png' });
  }
  if (labels.length > 0) attach(JSON.stringify(labels), { mediaType: LABELS_MEDIA_TYPE, fileName: 'labels.json' });
  if (!onScreen) return;
  // What the reader saw, as text: `npm run verify` compares it with the accepted baseline.
  const main = page.locator('main');
  if ((await main.count()) === 1) attach(await main.ariaSnapshot(), { mediaType: ARIA_MEDIA_TYPE, fileName: 'aria.yml' });
}

import type { Page } from 'playwright';
import { screenshotName, screenshotOf, takeScreenRecord } from '../pages/screen-record';
import { messagesOnScreen } from '../pages/portal-messages';
import { ARIA_MEDIA_TYPE, LABELS_MEDIA_TYPE, MESSAGES_MEDIA_TYPE } from '../../common/run-attachments';

/** The World's `attach`, as far as the step record needs it. */
export interface Attach {
  (data: Buffer, options: { mediaType: string; fileName: string }): unknown;
  (data: string, options: { mediaType: string; fileName: string }): unknown;
}

/**
 * For the guide: each tap's screenshot with the control marked, the screen after the step (a
 * failed step's screen is how the failure looked), the labels and instructions the step recorded,
 * what the portal said on screen, with its English, and what the reader saw as text. Before the first page (about:blank) there is no screen to
 * show, yet what the step did is attached all the same: the instruction to switch the phone to
 * sp-mode is the first step of many a how-to, and it comes before any page is open.
 */
export async function attachStepRecord(page: Page | undefined, attach: Attach, failed: boolean): Promise<void> {
  if (!page) return;
  const { taps, labels } = takeScreenRecord(page);
  const onScreen = page.url() !== 'about:blank';
  taps.forEach((tap, index) => attach(tap, { mediaType: 'image/png', fileName: screenshotName(`tap-${index + 1}`) }));
  if (onScreen) {
    attach(await screenshotOf(page), { mediaType: 'image/png', fileName: screenshotName(failed ? 'failure' : 'step') });
  }
  if (labels.length > 0) attach(JSON.stringify(labels), { mediaType: LABELS_MEDIA_TYPE, fileName: 'labels.json' });
  if (!onScreen) return;
  const messages = await messagesOnScreen(page);
  if (messages.length > 0) attach(JSON.stringify(messages), { mediaType: MESSAGES_MEDIA_TYPE, fileName: 'messages.json' });
  // What the reader saw, as text: `npm run verify` compares it with the accepted baseline.
  const main = page.locator('main');
  if ((await main.count()) === 1) attach(await main.ariaSnapshot(), { mediaType: ARIA_MEDIA_TYPE, fileName: 'aria.yml' });
}

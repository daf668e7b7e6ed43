import { After, AfterAll, AfterStep, Before, BeforeAll, Status, setDefaultTimeout } from '@cucumber/cucumber';
import type { Browser } from 'playwright';
import { takeScreenRecord } from '../pages/screen-record';
import { portalRevisionFromEnv } from '../../mocks/revisions';
import { PORTAL_URL_VARIABLE, portalOrigin } from './portal-connection';
import { launchChromium } from './browser';
import { ARIA_MEDIA_TYPE, currentCommit, LABELS_MEDIA_TYPE, RUN_INFO_MEDIA_TYPE, type RunInfo } from './run-info';
import { actionTimeoutMs, type PortalWorld } from './world';

setDefaultTimeout(3 * actionTimeoutMs);

/** One browser per worker process; every scenario gets its own context inside it. */
let browser: Browser | undefined;

BeforeAll({ name: 'Launch Chromium for this worker' }, async function () {
  // A PORTAL_REVISION or PORTAL_URL that names nothing usable stops the run here, once.
  portalRevisionFromEnv();
  if (process.env[PORTAL_URL_VARIABLE]) portalOrigin(process.env[PORTAL_URL_VARIABLE]);
  browser = await launchChromium();
});

AfterAll({ name: 'Close Chromium' }, async function () {
  await browser?.close();
});

Before({ name: 'Open a fresh phone browser on a fresh portal' }, async function (this: PortalWorld) {
  if (!browser) throw new Error('Chromium is not running: the BeforeAll hook failed to launch it.');
  await this.connectPortal();
  await this.openPhoneBrowser(browser);
  const info: RunInfo = { portal: this.portal.kind, origin: this.origin, revision: this.portal.revision, commit: currentCommit() };
  this.attach(JSON.stringify(info), { mediaType: RUN_INFO_MEDIA_TYPE, fileName: 'run.json' });
});

/**
 * For the guide: each tap's screenshot with the control marked, the screen after the step (a
 * failed step's screen is how the failure looked), and the Japanese labels the step looked for.
 */
AfterStep(async function (this: PortalWorld, { result }) {
  // Before the first page (a Background's data, the phone's settings) there is nothing to show.
  if (!this.hasPage() || this.page.url() === 'about:blank') return;
  const { taps, labels } = takeScreenRecord(this.page);
  taps.forEach((tap, index) => this.attach(tap, { mediaType: 'image/png', fileName: `tap-${index + 1}.png` }));
  const screenshot = await this.page.screenshot({ scale: 'css', animations: 'disabled', caret: 'hide' });
  this.attach(screenshot, { mediaType: 'image/png', fileName: result.status === Status.FAILED ? 'failure.png' : 'step.png' });
  if (labels.length > 0) this.attach(JSON.stringify(labels), { mediaType: LABELS_MEDIA_TYPE, fileName: 'labels.json' });
  // What the reader saw, as text: `npm run verify` compares it with the accepted baseline.
  const main = this.page.locator('main');
  if ((await main.count()) === 1) this.attach(await main.ariaSnapshot(), { mediaType: ARIA_MEDIA_TYPE, fileName: 'aria.yml' });
});

After({ name: 'Close the phone browser' }, async function (this: PortalWorld) {
  await this.context?.close();
  await this.disconnectPortal();
  if (this.blockedRequests.length > 0) {
    throw new Error(
      `The page asked for ${this.blockedRequests.length} address(es) the mocked portal does not serve; they were blocked, ` +
        `never sent out:\n  ${this.blockedRequests.join('\n  ')}\nAdd a handler in mocks/ or remove the reference from the page.`,
    );
  }
});

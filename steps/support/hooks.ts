import { After, AfterAll, AfterStep, Before, BeforeAll, Status, setDefaultTimeout } from '@cucumber/cucumber';
import type { Browser } from 'playwright';
import { portalRevisionFromEnv } from '../../mocks/revisions';
import { PORTAL_URL_VARIABLE, portalOrigin } from './portal-connection';
import { attachStepRecord } from './attach-step-record';
import { launchChromium } from '../../common/browser';
import { RUN_INFO_MEDIA_TYPE } from '../../common/run-attachments';
import { runInfoOf } from './run-info';
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
  this.attach(JSON.stringify(runInfoOf(this.portal)), { mediaType: RUN_INFO_MEDIA_TYPE, fileName: 'run.json' });
});

/** What the step did on the phone, for the guide and for `verify` (attach-step-record.ts). */
AfterStep(async function (this: PortalWorld, { result }) {
  await attachStepRecord(this.hasPage() ? this.page : undefined, this.attach.bind(this), result.status === Status.FAILED);
});

After({ name: 'Close the phone browser' }, async function (this: PortalWorld) {
  await this.context?.close();
  await this.disconnectPortal();
  if (this.blockedRequests.length > 0) {
    throw new Error(
      `The page asked for ${this.blockedRequests.length} address(es) the mocked portal does not serve; they were blocked, ` +
        `never sent out:\n  ${this.blockedRequests.join('\n  ')}\nAdd a handler in mocks/ or remove the reference from the page ` +
        `(a WEBSOCKET, RTCPeerConnection or WORKER has no handler: the harness never lets one out).`,
    );
  }
});

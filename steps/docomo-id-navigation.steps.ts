import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DocomoIdJourney } from './pages/docomo-id-journey';
import type { DocomoIdOperation } from './pages/docomo-id-menu-page';
import { PortalMessage } from './pages/portal-message';
import { screenLabels, type ScreenLabel } from './pages/screen-label';
import { noteInstruction } from './pages/screen-record';
import { portalPaths } from '../mocks/portal-paths';
import type { PortalWorld } from './support/world';

/** The heading of each operation's page after the network PIN. */
const operationPages: Record<DocomoIdOperation, ScreenLabel> = {
  create: screenLabels.docomoIdIssuePage,
  verify: screenLabels.docomoIdCheck,
  change: screenLabels.docomoIdChangePage,
  delete: screenLabels.docomoIdDeletePage,
};

/**
 * The first page past each operation's network PIN, as a link she might have saved: the portal's
 * own addresses, because no menu leads there without the PIN.
 */
const pagesPastThePin: Record<DocomoIdOperation, string> = {
  create: portalPaths.docomoIdIssueConsent,
  verify: portalPaths.docomoIdVerifyResult,
  change: portalPaths.docomoIdChangeForm,
  delete: portalPaths.docomoIdDeleteConfirm,
};

/** Each operation as the guide names it to the reader: "the page to check your docomo ID". */
const operationWords: Record<DocomoIdOperation, string> = { create: 'issue', verify: 'check', change: 'change or unlock', delete: 'delete' };

When('she opens a saved link to the page past the network PIN to {operation} her docomo ID', async function (this: PortalWorld, operation: DocomoIdOperation) {
  noteInstruction(this.page, `Open a link you saved to the portal's page to ${operationWords[operation]} your docomo ID.`);
  await this.page.goto(new URL(pagesPastThePin[operation], this.origin).href);
});

Given('she has chosen to {operation} her docomo ID', async function (this: PortalWorld, operation: DocomoIdOperation) {
  await new DocomoIdJourney(this.page, this.origin).start(operation);
});

Given('she has entered her network PIN to {operation} her docomo ID', async function (this: PortalWorld, operation: DocomoIdOperation) {
  await new DocomoIdJourney(this.page, this.origin).startWithNetworkPin(operation, this.customer.networkPin);
});

Then('she is on the page to {operation} her docomo ID', async function (this: PortalWorld, operation: DocomoIdOperation) {
  await expect(new PortalMessage(this.page).heading(operationPages[operation])).toBeVisible();
});

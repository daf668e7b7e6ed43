import assert from 'node:assert/strict';
import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import type { Page } from 'playwright';
import { portalPaths } from '../mocks/portal-paths';
import { DocomoIdMenuPage, docomoIdOperations } from './pages/docomo-id-menu-page';
import { screenLabelFor } from './pages/find-screen-label';
import { screenLabels } from './pages/screen-label';
import { RefusalPage } from './pages/refusal-page';
import { noteInstruction } from './pages/screen-record';
import { SupportPage } from './pages/support-page';
import { TopPage, type PageEnd } from './pages/top-page';
import type { PortalWorld } from './support/world';

When("she opens the portal's top page", async function (this: PortalWorld) {
  await new TopPage(this.page, this.origin).open();
});

When('she goes to Customer Support', async function (this: PortalWorld) {
  await new TopPage(this.page, this.origin).openCustomerSupport();
});

When('she opens the docomo ID page', async function (this: PortalWorld) {
  await new SupportPage(this.page).openDocomoIdPage();
});

When('she opens the docomo ID page from Customer Support', async function (this: PortalWorld) {
  const top = new TopPage(this.page, this.origin);
  await top.open();
  await top.openCustomerSupport();
  await new SupportPage(this.page).openDocomoIdPage();
});

Then('she is asked to turn off Wi-Fi and tethering and use sp-mode', async function (this: PortalWorld) {
  const refusal = new RefusalPage(this.page);
  await expect(refusal.heading).toBeVisible();
  await expect(refusal.instruction).toBeVisible();
});

When('she taps {string} at the {pageEnd} of the page', async function (this: PortalWorld, link: string, end: PageEnd) {
  if (screenLabelFor(link) !== screenLabels.customerSupport)
    throw new Error(`Only "${screenLabels.customerSupport.ja}" is linked at both ends of the page, not "${link}".`);
  await new TopPage(this.page, this.origin).openCustomerSupport(end);
});

Given('she has opened Customer Support from the top page', async function (this: PortalWorld) {
  const top = new TopPage(this.page, this.origin);
  await top.open();
  await top.openCustomerSupport();
});

Given('she has opened the docomo ID page from Customer Support, only to be refused', async function (this: PortalWorld) {
  const top = new TopPage(this.page, this.origin);
  await top.open();
  await top.openCustomerSupport();
  await new SupportPage(this.page).openDocomoIdPage();
});

When('she scrolls down to {string}', async function (this: PortalWorld, topic: string) {
  await new SupportPage(this.page).scrollTo(screenLabelFor(topic));
});

When('she tries again', async function (this: PortalWorld) {
  await new RefusalPage(this.page).tryAgain();
});

Then('she is on the Customer Support page', async function (this: PortalWorld) {
  await expect(new SupportPage(this.page).heading).toBeVisible();
  await expect(this.page).toHaveURL(`${this.origin}${portalPaths.support}`);
});

Then('she sees {string} at the top without scrolling', async function (this: PortalWorld, link: string) {
  expect(screenLabelFor(link)).toBe(screenLabels.customerSupport);
  await expect(new TopPage(this.page, this.origin).customerSupportLink('top')).toBeInViewport();
});

Then('the one at the bottom is out of sight until she scrolls down', async function (this: PortalWorld) {
  const bottom = new TopPage(this.page, this.origin).customerSupportLink('bottom');
  await expect(bottom).toBeAttached();
  await expect(bottom).not.toBeInViewport();
});

Then('{string} is below the first screen', async function (this: PortalWorld, topic: string) {
  await expect(new SupportPage(this.page).topic(screenLabelFor(topic))).not.toBeInViewport();
});

Then('she finds {string} on screen, about halfway down the page', async function (this: PortalWorld, topic: string) {
  const support = new SupportPage(this.page);
  await expect(support.topic(screenLabelFor(topic))).toBeInViewport();
  await expect.poll(() => support.depthOnPage(support.topic(screenLabelFor(topic)))).toBeGreaterThan(0.35);
  await expect.poll(() => support.depthOnPage(support.topic(screenLabelFor(topic)))).toBeLessThan(0.65);
});

Then('she sees the four docomo ID choices', async function (this: PortalWorld) {
  await expect(new DocomoIdMenuPage(this.page).choices).toHaveText(Object.values(docomoIdOperations).map((label) => label.ja));
});

/** How the browser asked for the page again at its last reload, per page: GET, or a form sent again. */
const reloadMethods = new WeakMap<Page, string>();

/** The browser's reload: the same address asked for again, over whatever connection the phone has now. */
When('she reloads the page', async function (this: PortalWorld) {
  noteInstruction(this.page, "Reload the page in your phone's browser.");
  const response = await this.page.reload();
  if (response) reloadMethods.set(this.page, response.request().method());
});

/**
 * A page a form led to was reached by a redirect (post/redirect/get), so a reload asks for that
 * page again: the form, and the PIN or password with it, is not sent a second time.
 */
function assertReloadWasGet(page: Page): void {
  assert.equal(reloadMethods.get(page), 'GET', 'the reload sent the form again: the page a form led to was its answer, not a page it redirected to');
}

Then('the reload did not send her network PIN again', function (this: PortalWorld) {
  assertReloadWasGet(this.page);
});

Then('the reload did not send her password again', function (this: PortalWorld) {
  assertReloadWasGet(this.page);
});

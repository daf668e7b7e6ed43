import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DocomoIdMenuPage } from './pages/docomo-id-menu-page';
import { RefusalPage } from './pages/refusal-page';
import { SupportPage } from './pages/support-page';
import { TopPage } from './pages/top-page';
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

Given('she has chosen to verify her docomo ID', async function (this: PortalWorld) {
  const top = new TopPage(this.page, this.origin);
  await top.open();
  await top.openCustomerSupport();
  await new SupportPage(this.page).openDocomoIdPage();
  await new DocomoIdMenuPage(this.page).choose('verify');
});

Then('she is asked to turn off Wi-Fi and tethering and use sp-mode', async function (this: PortalWorld) {
  const refusal = new RefusalPage(this.page);
  await expect(refusal.heading).toBeVisible();
  await expect(refusal.explanation).toContainText('Wi-Fi');
  await expect(refusal.explanation).toContainText('テザリング');
  await expect(refusal.explanation).toContainText('spモード');
});

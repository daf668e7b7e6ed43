import { Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DocomoIdMenuPage } from './pages/docomo-id-menu-page';
import { DocomoIdPage } from './pages/docomo-id-page';
import { screenLabels } from './pages/screen-label';
import type { PortalWorld } from './support/world';

When('she chooses to verify her docomo ID', async function (this: PortalWorld) {
  await new DocomoIdMenuPage(this.page).choose('verify');
});

Then('she sees her docomo ID and its password', async function (this: PortalWorld) {
  const shown = new DocomoIdPage(this.page);
  const { userId, password } = this.customer.docomoId ?? { userId: '', password: '' };
  await expect(shown.heading).toBeVisible();
  await expect(shown.valueOf(screenLabels.docomoId)).toHaveText(userId);
  await expect(shown.valueOf(screenLabels.password)).toHaveText(password);
});

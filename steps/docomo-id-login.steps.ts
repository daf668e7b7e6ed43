import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { DocomoIdLockedPage } from './pages/docomo-id-locked-page';
import { DocomoIdLoginPage } from './pages/docomo-id-login-page';
import { screenLabelFor } from './pages/find-screen-label';
import { PortalMessage } from './pages/portal-message';
import { screenLabels } from './pages/screen-label';
import { docomoIdOf, formerDocomoIdOf, mistyped } from './support/docomo-id-notes';
import type { PortalWorld } from './support/world';

/** Opens the login page from the top page, then logs in with what she types. */
async function logIn(world: PortalWorld, userId: string, password: string): Promise<void> {
  const login = new DocomoIdLoginPage(world.page, world.origin);
  await login.open();
  await login.logIn(userId, password);
}

/** Opens the login page and types a wrong password as many times as the phrase says. */
async function mistypePassword(world: PortalWorld, times: (limit: number) => number): Promise<void> {
  const login = new DocomoIdLoginPage(world.page, world.origin);
  const { userId, password } = docomoIdOf(world);
  await login.open();
  await login.logInRepeatedly(userId, mistyped(password), times(world.portal.settings.docomoIdLoginMaxFailures));
}

When('she logs in with her docomo ID and password', async function (this: PortalWorld) {
  await logIn(this, docomoIdOf(this).userId, docomoIdOf(this).password);
});

When('she logs in with her docomo ID and the password {string}', async function (this: PortalWorld, password: string) {
  await logIn(this, docomoIdOf(this).userId, password);
});

When('she logs in with her old docomo ID and password', async function (this: PortalWorld) {
  await logIn(this, formerDocomoIdOf(this).userId, formerDocomoIdOf(this).password);
});

When('she logs in with her old password', async function (this: PortalWorld) {
  await logIn(this, docomoIdOf(this).userId, formerDocomoIdOf(this).password);
});

When('she logs in with her old docomo ID and her new password', async function (this: PortalWorld) {
  await logIn(this, formerDocomoIdOf(this).userId, docomoIdOf(this).password);
});

When('she mistypes her password {timesAllowed}', async function (this: PortalWorld, times: (limit: number) => number) {
  await mistypePassword(this, times);
});

Given('she has mistyped her password {timesAllowed}', async function (this: PortalWorld, times: (limit: number) => number) {
  await mistypePassword(this, times);
});

Given('she has mistyped her password {timesAllowed}, then logged in', async function (this: PortalWorld, times: (limit: number) => number) {
  await mistypePassword(this, times);
  await new DocomoIdLoginPage(this.page, this.origin).logIn(docomoIdOf(this).userId, docomoIdOf(this).password);
});

Then('she is logged in', async function (this: PortalWorld) {
  await expect(new PortalMessage(this.page).heading(screenLabels.loggedIn)).toBeVisible();
});

Then('she is told the docomo ID or password is wrong', async function (this: PortalWorld) {
  await expect(new PortalMessage(this.page).alert(screenLabels.wrongDocomoIdLogin)).toBeVisible();
  await expect(new PortalMessage(this.page).heading(screenLabels.docomoIdLogin)).toBeVisible();
});

Then('she is told her docomo ID is locked and to unlock it with {string}', async function (this: PortalWorld, wayOut: string) {
  const locked = new DocomoIdLockedPage(this.page);
  await expect(locked.heading).toBeVisible();
  await expect(locked.wayOut(screenLabelFor(wayOut))).toBeVisible();
});

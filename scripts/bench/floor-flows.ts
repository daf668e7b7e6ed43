import { expect } from '@playwright/test';
import type { Page } from 'playwright';
import type { Network } from '../../mocks/carrier';
import type { LineSeed } from '../../mocks/portal';
import { screenLabels as labels } from '../../steps/pages/screen-label';

/**
 * The scenarios of the bench's subset (FLOOR_FEATURES) as plain Playwright: the same page visits,
 * fills and taps as their steps, no screenshots, no aria snapshots, and an assertion only where the
 * scenario ends (so the flow waits for its last page, as a Then does).
 */
export const FLOOR_FEATURES = ['features/change-sp-mode-password.feature', 'features/reset-sp-mode-password.feature', 'features/wifi-credentials.feature'];

export interface FloorScenario {
  name: string;
  line: LineSeed;
  network: Network;
  run(page: Page): Promise<void>;
}

const hanako: LineSeed = { phoneNumber: '090-1234-5678', networkPin: '4739' };
const withSpModePassword: LineSeed = { ...hanako, spModePassword: '5829' };
const withWifi: LineSeed = { ...hanako, docomoId: { userId: 'hanako.sato', password: 'Sakura2024' }, wifi: { userId: 'wf7h2k9q', password: 'Kaze8812' } };

const main = (page: Page) => page.getByRole('main');

async function tap(page: Page, label: string): Promise<void> {
  await main(page).getByRole('link', { name: label, exact: true }).click();
}

/** Fills the labelled fields and taps the form's button, as CredentialForm does. */
async function submit(page: Page, entries: [label: string, value: string][]): Promise<void> {
  for (const [label, value] of entries) await main(page).getByLabel(label, { exact: true }).fill(value);
  await main(page).getByLabel(entries[0][0], { exact: true }).locator('xpath=ancestor::form[1]').getByRole('button').click();
}

/** From the top page through Customer Support, as portalServices' fromCustomerSupport does. */
async function fromSupport(page: Page, topic: string, entry?: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: labels.customerSupport.ja, exact: true }).click();
  await tap(page, topic);
  if (entry) await tap(page, entry);
}

async function changeSpModePassword(page: Page, current: string, next: string, again = next): Promise<void> {
  await fromSupport(page, labels.spModeTopic.ja, labels.spModePasswordChange.ja);
  await submit(page, [
    [labels.currentSpModePassword.ja, current],
    [labels.newSpModePassword.ja, next],
    [labels.newSpModePasswordAgain.ja, again],
  ]);
}

async function openMailSettingsWith(page: Page, password: string): Promise<void> {
  await fromSupport(page, labels.mailSettingsTopic.ja);
  await submit(page, [[labels.spModePassword.ja, password]]);
}

async function resetSpModePassword(page: Page, pin: string): Promise<void> {
  await fromSupport(page, labels.spModeTopic.ja, labels.spModePasswordReset.ja);
  await submit(page, [[labels.networkPin.ja, pin]]);
}

const said = (page: Page, text: string) => expect(page.locator('[role=alert], [role=status]').filter({ hasText: text })).toBeVisible();
const seesMailSettings = (page: Page) => expect(page.getByRole('heading', { name: labels.mailSettings.ja })).toBeVisible();

async function lookUpWifi(page: Page, pin: string): Promise<void> {
  await fromSupport(page, labels.wifiTopic.ja, labels.wifiCredentialsLink.ja);
  await submit(page, [[labels.networkPin.ja, pin]]);
}

async function wifiLogIn(page: Page, userId: string, password: string): Promise<void> {
  await page.goto('/wifi/login/');
  await submit(page, [
    [labels.userId.ja, userId],
    [labels.password.ja, password],
  ]);
}

const spMode = (name: string, line: LineSeed, run: (page: Page) => Promise<void>): FloorScenario => ({ name, line, network: 'sp-mode', run });
const onWifi = (name: string, run: (page: Page) => Promise<void>): FloorScenario => ({ name, line: withWifi, network: 'wifi', run });
const refusedNewOne = (next: string, again: string, message: string) =>
  spMode(`"${next}" confirmed as "${again}" is refused`, hanako, async (page) => {
    await changeSpModePassword(page, '0000', next, again);
    await said(page, message);
  });

export const floorScenarios: FloorScenario[] = [
  spMode('change: with the current one', hanako, async (page) => {
    await changeSpModePassword(page, '0000', '5829');
    await said(page, labels.spModePasswordChanged.ja);
    await openMailSettingsWith(page, '5829');
    await seesMailSettings(page);
  }),
  spMode('change: with a wrong current one', hanako, async (page) => {
    await changeSpModePassword(page, '1234', '5829');
    await said(page, '現在のspモードパスワードが正しくありません');
    await openMailSettingsWith(page, '0000');
    await seesMailSettings(page);
  }),
  refusedNewOne('582', '582', '新しいspモードパスワードは、4桁の半角数字で入力してください'),
  refusedNewOne('５８２９', '５８２９', '新しいspモードパスワードは、4桁の半角数字で入力してください'),
  refusedNewOne('5829', '5892', labels.newSpModePasswordMismatch.ja),
  spMode('reset: 0000 opens the mail settings', withSpModePassword, async (page) => {
    await resetSpModePassword(page, hanako.networkPin);
    await said(page, labels.spModePasswordResetToDefault.ja);
    await openMailSettingsWith(page, '0000');
    await seesMailSettings(page);
  }),
  spMode('reset: the old one no longer works', withSpModePassword, async (page) => {
    await resetSpModePassword(page, hanako.networkPin);
    await openMailSettingsWith(page, '5829');
    await said(page, labels.wrongSpModePassword.ja);
  }),
  spMode('reset: a wrong network PIN resets nothing', withSpModePassword, async (page) => {
    await resetSpModePassword(page, '1111');
    await said(page, labels.wrongNetworkPin.ja);
    await openMailSettingsWith(page, '5829');
    await seesMailSettings(page);
  }),
  spMode('reset: unlocks a locked one at once', withSpModePassword, async (page) => {
    await fromSupport(page, labels.mailSettingsTopic.ja);
    // The portal's limit (settings.spModePasswordMaxFailures) of wrong ones, typed into the form it shows again.
    for (const wrong of ['0001', '0002', '0003']) await submit(page, [[labels.spModePassword.ja, wrong]]);
    await resetSpModePassword(page, hanako.networkPin);
    await openMailSettingsWith(page, '0000');
    await seesMailSettings(page);
  }),
  spMode('Wi-Fi: looks them up with her network PIN', withWifi, async (page) => {
    await lookUpWifi(page, hanako.networkPin);
    await expect(main(page)).toContainText('wf7h2k9q');
  }),
  spMode('Wi-Fi: a wrong network PIN shows nothing', withWifi, async (page) => {
    await lookUpWifi(page, '1111');
    await said(page, labels.wrongNetworkPin.ja);
  }),
  onWifi('Wi-Fi: her Wi-Fi user id and password log her in', async (page) => {
    await wifiLogIn(page, 'wf7h2k9q', 'Kaze8812');
    await expect(page.getByRole('heading', { name: labels.wifiConnected.ja })).toBeVisible();
  }),
  onWifi('Wi-Fi: her docomo ID password does not work', async (page) => {
    await wifiLogIn(page, 'wf7h2k9q', 'Sakura2024');
    await said(page, 'ユーザーIDまたはパスワードが正しくありません');
  }),
  onWifi('Wi-Fi: nor does her docomo ID with its password', async (page) => {
    await wifiLogIn(page, 'hanako.sato', 'Sakura2024');
    await said(page, 'ユーザーIDまたはパスワードが正しくありません');
  }),
];

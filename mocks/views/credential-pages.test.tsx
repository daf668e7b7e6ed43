import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ReactElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { CompletedPage } from './completed-page';
import { ContentPurchasePage } from './content-purchase-page';
import { ContractMenuPage } from './contract-menu-page';
import { MailSettingsPage } from './mail-settings-page';
import { NetworkPinChangePage } from './network-pin-change-page';
import { SpModeMenuPage } from './sp-mode-menu-page';
import { SpModePasswordChangePage } from './sp-mode-password-change-page';
import { SpModePasswordLockedPage } from './sp-mode-password-locked-page';
import { SpModePasswordPage } from './sp-mode-password-page';
import { WifiCredentialsPage } from './wifi-credentials-page';
import { WifiLoginPage } from './wifi-login-page';
import { WifiMenuPage } from './wifi-menu-page';

const pages: Record<string, ReactElement> = {
  'sp-mode password': <SpModePasswordPage purpose="メール設定" action="/x/" errors={['spモードパスワードが正しくありません。']} />,
  'sp-mode password locked': <SpModePasswordLockedPage maxFailures={3} lockedUntil={new Date('2025-12-01T15:00:00Z')} resetPath="/x/" />,
  'mail settings': <MailSettingsPage values={{ spamFilter: true }} action="/x/" />,
  'sp-mode menu': <SpModeMenuPage />,
  'sp-mode password change': <SpModePasswordChangePage action="/x/" errors={['x']} />,
  'contract menu': <ContractMenuPage />,
  'network PIN change': <NetworkPinChangePage action="/x/" />,
  'Wi-Fi menu': <WifiMenuPage />,
  'Wi-Fi credentials': <WifiCredentialsPage credentials={{ userId: 'wf7h2k9q', password: 'Kaze8812' }} menuPath="/x/" />,
  'no Wi-Fi credentials': <WifiCredentialsPage credentials={undefined} menuPath="/x/" />,
  'Wi-Fi login': <WifiLoginPage action="/x/" errors={['x']} userId="wf7h2k9q" />,
  'content purchase': <ContentPurchasePage action="/x/" />,
  completed: <CompletedPage title="完了" message="変更しました。" back={{ path: '/x/', label: '戻る' }} />,
};

describe('every credential page', () => {
  for (const [name, element] of Object.entries(pages)) {
    it(`(${name}) is a Japanese UTF-8 document with one <main> that starts with its one <h1>`, async () => {
      const html = await htmlResponse(200, element).text();
      assert.match(html, /^<!doctype html><html lang="ja"><head><meta charSet="utf-8"\/>/);
      assert.equal(html.match(/<main>/g)?.length, 1);
      assert.equal(html.match(/<h1>/g)?.length, 1);
      assert.match(html, /<main><h1>/);
    });
  }
});

describe('a refused form', () => {
  it('points its fields at the alert, and its alert is announced', async () => {
    const html = await htmlResponse(200, <SpModePasswordChangePage action="/x/" errors={['現在のspモードパスワードが正しくありません。']} />).text();
    assert.match(html, /<div class="alert" role="alert" id="form-error">/);
    assert.match(html, /aria-invalid="true" aria-describedby="form-error current-password-hint"/);
  });
});

describe('the Wi-Fi credentials page', () => {
  it('escapes the credentials it shows', async () => {
    const html = await htmlResponse(200, <WifiCredentialsPage credentials={{ userId: '<b>id</b>', password: '"&<script>' }} menuPath="/" />).text();
    assert.match(html, /<dd>&lt;b&gt;id&lt;\/b&gt;<\/dd><dt>パスワード<\/dt><dd>&quot;&amp;&lt;script&gt;<\/dd>/);
  });
});

describe('the sp-mode password lock page', () => {
  it('counts down from the browser clock to the moment in its data attribute, which its script never takes as text', async () => {
    const html = await htmlResponse(200, <SpModePasswordLockedPage maxFailures={3} lockedUntil={new Date('2025-12-01T15:00:00Z')} resetPath="/x/" />).text();
    assert.match(html, /<p id="lock-countdown" data-until="1764601200000"><\/p>/);
    assert.match(html, /Number\(el\.getAttribute\('data-until'\)\) - Date\.now\(\)/);
  });
});

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ReactElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { defaultSettings } from '../settings';
import { DocomoIdChangePage } from './docomo-id-change-page';
import { DocomoIdConsentPage } from './docomo-id-consent-page';
import { DocomoIdDeletePage } from './docomo-id-delete-page';
import { DocomoIdIssuedPage } from './docomo-id-issued-page';
import { DocomoIdLockedPage } from './docomo-id-locked-page';
import { DocomoIdLoginPage } from './docomo-id-login-page';

const markup = '<img src=x onerror=alert(1)>';
const pages: Record<string, ReactElement> = {
  consent: <DocomoIdConsentPage action="/x" menuPath="/m" reissue errors={['m']} />,
  issued: <DocomoIdIssuedPage docomoId={{ userId: 'd2k4m6p8q', password: 'Kp7v3Xm9Tq' }} menuPath="/m" />,
  change: <DocomoIdChangePage action="/x" userId="hanako2024" locked settings={{ ...defaultSettings }} errors={['m']} />,
  delete: <DocomoIdDeletePage action="/x" userId="hanako2024" menuPath="/m" />,
  deleteFinal: <DocomoIdDeletePage action="/x" userId="hanako2024" menuPath="/m" final />,
  login: <DocomoIdLoginPage action="/x" heading="docomo IDでログイン" userId="hanako2024" errors={['m']} />,
  locked: <DocomoIdLockedPage message="m" menuPath="/m" />,
};

describe('every docomo ID page', () => {
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

describe('what a customer typed, shown again', () => {
  it('is escaped on the change form and the login page', async () => {
    for (const element of [
      <DocomoIdChangePage action="/x" userId={markup} locked={false} settings={{ ...defaultSettings }} />,
      <DocomoIdLoginPage action="/x" heading="docomo IDでログイン" userId={markup} />,
    ]) {
      const html = await htmlResponse(400, element).text();
      assert.doesNotMatch(html, /<img/);
      assert.match(html, /value="&lt;img src=x onerror=alert\(1\)&gt;"/);
    }
  });
});

describe('the change form', () => {
  it('states the length limits from the settings it is given', async () => {
    const settings = { ...defaultSettings, passwordMinLength: 10, passwordMaxLength: 32, userIdMinLength: 4, userIdMaxLength: 12 };
    const html = await htmlResponse(200, <DocomoIdChangePage action="/x" userId="hanako2024" locked={false} settings={settings} />).text();
    assert.match(html, /4〜12文字の半角英数字/);
    assert.match(html, /10〜32文字の半角英字・数字・記号/);
  });
});

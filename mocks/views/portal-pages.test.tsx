import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ReactElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { ComingSoonPage } from './coming-soon-page';
import { DocomoIdMenuPage } from './docomo-id-menu-page';
import { DocomoIdVerifyResultPage } from './docomo-id-verify-result-page';
import { NetworkPinLockedPage } from './network-pin-locked-page';
import { NetworkPinPage } from './network-pin-page';
import { NoDocomoIdPage } from './no-docomo-id-page';
import { NotAvailablePage } from './not-available-page';
import { NotFoundPage } from './not-found-page';
import { SupportPage } from './support-page';
import { TopPage } from './top-page';
import { UnknownLinePage } from './unknown-line-page';

const pages: Record<string, ReactElement> = {
  top: <TopPage />,
  support: <SupportPage />,
  'docomo ID menu': <DocomoIdMenuPage />,
  'network PIN': <NetworkPinPage purpose="docomo IDの確認" action="/x/" errors={['ネットワーク暗証番号が正しくありません。']} />,
  'network PIN locked': <NetworkPinLockedPage maxFailures={3} menuPath="/x/" />,
  'verify result': <DocomoIdVerifyResultPage docomoId={{ userId: 'hanako2013', password: 'Sakura2013' }} menuPath="/x/" />,
  'no docomo ID': <NoDocomoIdPage issuePath="/x/" />,
  'not available': <NotAvailablePage />,
  'unknown line': <UnknownLinePage />,
  'coming soon': <ComingSoonPage title="docomo IDの発行" />,
  'not found': <NotFoundPage />,
};

describe('every portal page', () => {
  for (const [name, element] of Object.entries(pages)) {
    it(`(${name}) is a Japanese, phone-sized UTF-8 document with one <main> and one <h1> in it`, async () => {
      const html = await htmlResponse(200, element).text();
      assert.match(
        html,
        /^<!doctype html><html lang="ja"><head><meta charSet="utf-8"\/><meta name="viewport" content="width=device-width, initial-scale=1"\/>/,
      );
      assert.equal(html.match(/<main>/g)?.length, 1);
      assert.equal(html.match(/<h1>/g)?.length, 1);
      assert.match(html, /<main><h1>/);
    });
  }
});

describe('a docomo ID on the result page', () => {
  it('is escaped, so markup in a user id or password shows as text', async () => {
    const html = await htmlResponse(200, <DocomoIdVerifyResultPage docomoId={{ userId: '<b>id</b>', password: '"&<script>' }} menuPath="/" />).text();
    assert.match(html, /<dd>&lt;b&gt;id&lt;\/b&gt;<\/dd><dt>パスワード<\/dt><dd>&quot;&amp;&lt;script&gt;<\/dd>/);
  });
});

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { createPortal, type LineSeed } from '../portal';
import { PortalClient } from '../testing/portal-client';

const hanako: LineSeed = { phoneNumber: '09012345678', networkPin: '4821', docomoId: { userId: 'hanako2013', password: 'Sakura2013' } };
const taro: LineSeed = { phoneNumber: '08011112222', networkPin: '1357' };
const verify = '/support/docomo-id/verify/';
const result = '/support/docomo-id/verify/result';

function hanakosPhone(portal = createPortal({ lines: [hanako, taro] })): PortalClient {
  return new PortalClient(portal, { network: 'sp-mode', line: hanako.phoneNumber });
}

describe('the open pages', () => {
  it('serve the top page as UTF-8 HTML with お客様サポート at the top and at the bottom', async () => {
    const page = await hanakosPhone().get('/');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(page.body, /^<!doctype html><html lang="ja">/);
    assert.equal(page.body.match(/<a[^>]*href="\/support\/"[^>]*>お客様サポート<\/a>/g)?.length, 2);
  });

  it('list docomo ID/パスワード among the support topics, on any network', async () => {
    const page = await new PortalClient(createPortal(), { network: 'wifi' }).get('/support/');
    assert.equal(page.status, 200);
    assert.match(page.body, /<a href="\/support\/docomo-id\/">docomo ID\/パスワード<\/a>/);
  });

  it('answer an unknown address with the 404 page', async () => {
    const page = await hanakosPhone().get('/no/such/page');
    assert.equal(page.status, 404);
    assert.match(page.body, /ページが見つかりません/);
  });
});

describe('the sp-mode gate', () => {
  for (const network of ['wifi', 'tethering', undefined, 'satellite']) {
    it(`refuses the docomo ID pages on ${network ?? 'an unnamed network'} and asks to turn Wi-Fi and tethering off`, async () => {
      const phone = new PortalClient(createPortal({ lines: [hanako] }), { network, line: hanako.phoneNumber });
      for (const path of ['/support/docomo-id/', verify, result, '/support/docomo-id/anything']) {
        const page = await phone.get(path);
        assert.equal(page.status, 403, path);
        assert.match(page.body, /<h1>ご利用いただけません<\/h1>/);
        assert.match(page.body, /Wi-Fiとテザリングをオフにして、spモードで接続/);
      }
    });
  }

  it('does not let a refused PIN attempt count against the line', async () => {
    const portal = createPortal({ lines: [hanako] });
    await new PortalClient(portal, { network: 'wifi', line: hanako.phoneNumber }).post(verify, { networkPin: '0000' });
    assert.equal(portal.model.line(hanako.phoneNumber)?.networkPinTriesLeft, 3);
  });

  it('tells a caller from a line the portal does not know that it cannot identify the line', async () => {
    const page = await new PortalClient(createPortal({ lines: [hanako] }), { network: 'sp-mode', line: '07099998888' }).get('/support/docomo-id/');
    assert.equal(page.status, 403);
    assert.match(page.body, /回線を確認できません/);
  });

  it('shows the four operations over sp-mode', async () => {
    const page = await hanakosPhone().get('/support/docomo-id/');
    assert.equal(page.status, 200);
    for (const [slug, label] of [
      ['issue', '発行'],
      ['verify', '確認'],
      ['change', '変更/ロック解除'],
      ['delete', '削除'],
    ]) {
      assert.match(page.body, new RegExp(`<a href="/support/docomo-id/${slug}/">${label}</a>`));
    }
  });
});

describe('verifying a docomo ID', () => {
  it('asks for the network PIN in a labelled, numeric, 4-digit password field', async () => {
    const page = await hanakosPhone().get(verify);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>ネットワーク暗証番号の入力<\/h1>/);
    assert.match(page.body, /<label for="network-pin">ネットワーク暗証番号<\/label>/);
    const input = page.body.match(/<input (?![^>]*type="hidden")[^>]*>/)?.[0] ?? '';
    for (const attribute of ['type="password"', 'id="network-pin"', 'name="networkPin"', 'inputMode="numeric"', 'maxLength="4"', 'autoComplete="off"']) {
      assert.ok(input.includes(attribute), `${input} should have ${attribute}`);
    }
    assert.match(page.body, /<button type="submit">次へ<\/button>/);
  });

  it('sends a right PIN on to the result with a session cookie, and shows the docomo ID there', async () => {
    const phone = hanakosPhone();
    const answer = await phone.post(verify, { networkPin: '4821' });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), result);
    assert.match(answer.headers.getSetCookie()[0], /^sid=[\w-]{20,}; HttpOnly; Path=\/; SameSite=Lax$/);
    const page = await phone.get(result);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>docomo IDの確認<\/h1>/);
    assert.match(page.body, /<dt>docomo ID<\/dt><dd>hanako2013<\/dd><dt>パスワード<\/dt><dd>Sakura2013<\/dd>/);
  });

  it('keeps the session it started instead of issuing a new cookie on every page, until the PIN is proven', async () => {
    const phone = hanakosPhone();
    await phone.get(verify);
    const sid = phone.cookie('sid');
    assert.deepEqual((await phone.post(verify, { networkPin: '1111' })).headers.getSetCookie(), []);
    assert.equal(phone.cookie('sid'), sid);
    const proven = await phone.post(verify, { networkPin: '4821' });
    assert.match(proven.headers.getSetCookie()[0], /^sid=/);
    assert.notEqual(phone.cookie('sid'), sid);
  });

  it('refuses a wrong PIN with an alert and the tries left', async () => {
    const page = await hanakosPhone().post(verify, { networkPin: '0000' });
    assert.equal(page.status, 400);
    assert.match(page.body, /role="alert"[^>]*><p>ネットワーク暗証番号が正しくありません。<\/p><p>あと2回間違えると/);
  });

  it('refuses input that is not 4 half-width digits with its own message, without counting it', async () => {
    const portal = createPortal({ lines: [hanako] });
    const page = await hanakosPhone(portal).post(verify, { networkPin: '１２３４' });
    assert.equal(page.status, 400);
    assert.match(page.body, /4桁の半角数字で入力してください/);
    assert.equal(portal.model.line(hanako.phoneNumber)?.networkPinTriesLeft, 3);
  });

  it('never sends typed markup back unescaped', async () => {
    const page = await hanakosPhone().post(verify, { networkPin: '<script>alert(1)</script>' });
    assert.equal(page.status, 400);
    assert.doesNotMatch(page.body, /<script/i);
  });

  it('locks on the third wrong PIN and then refuses the right one with the docomo shop page', async () => {
    const phone = hanakosPhone();
    await phone.post(verify, { networkPin: '0000' });
    await phone.post(verify, { networkPin: '1111' });
    const third = await phone.post(verify, { networkPin: '2222' });
    assert.equal(third.status, 423);
    assert.match(third.body, /ドコモショップ/);
    assert.equal((await phone.post(verify, { networkPin: '4821' })).status, 423);
  });

  it('sends a visitor without a proven PIN from the result back to the PIN page', async () => {
    const page = await hanakosPhone().get(result);
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), verify);
  });

  it('does not show a line the docomo ID of another line proven in the same session', async () => {
    const phone = hanakosPhone();
    await phone.post(verify, { networkPin: '4821' });
    phone.phone.line = taro.phoneNumber;
    assert.equal((await phone.get(result)).status, 303);
  });

  it('tells a line without a docomo ID that it has none and links to 発行', async () => {
    const phone = new PortalClient(createPortal({ lines: [taro] }), { network: 'sp-mode', line: taro.phoneNumber });
    await phone.post(verify, { networkPin: '1357' });
    const page = await phone.get(result);
    assert.equal(page.status, 200);
    assert.match(page.body, /docomo IDがまだ発行されていません/);
    assert.match(page.body, /<a href="\/support\/docomo-id\/issue\/">発行<\/a>/);
  });
});

describe('two portals', () => {
  it('share neither sessions nor failure counts', async () => {
    const first = createPortal({ lines: [hanako] });
    const second = createPortal({ lines: [hanako] });
    const phone = hanakosPhone(first);
    await phone.post(verify, { networkPin: '4821' });
    await phone.post(verify, { networkPin: '0000' });

    const secondPhone = new PortalClient(second, { network: 'sp-mode', line: hanako.phoneNumber });
    secondPhone.setCookie('sid', phone.cookie('sid')!);
    assert.equal((await secondPhone.get(result)).status, 303, "the first portal's session is unknown to the second");
    assert.equal(second.model.line(hanako.phoneNumber)?.networkPinTriesLeft, 3);
    assert.equal(first.model.line(hanako.phoneNumber)?.networkPinTriesLeft, 2);
  });
});

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PortalClock } from '../model/portal-clock';
import { tokyoTime } from '../model/tokyo-time';
import { createPortal, type LineSeed } from '../portal';
import { PortalClient } from '../testing/portal-client';

const hanako: LineSeed = {
  phoneNumber: '09012345678',
  networkPin: '4739',
  birthday: '1990-04-12',
  docomoId: { userId: 'hanako.sato', password: 'Sakura2024' },
  wifi: { userId: 'wf7h2k9q', password: 'Kaze8812' },
};

function hanakosPhone(portal = createPortal({ lines: [hanako] }), network = 'sp-mode'): PortalClient {
  return new PortalClient(portal, { network, line: hanako.phoneNumber });
}

const alertOf = (body: string) => /role="alert"[^>]*>(.*?)<\/div>/.exec(body)?.[1] ?? '';

describe('the sp-mode gate on the pages about her own line', () => {
  const linePages = [
    '/support/mail/',
    '/support/mail/settings',
    '/support/sp-mode/password/change/',
    '/support/sp-mode/password/reset/',
    '/support/contract/network-pin/',
    '/support/wifi/credentials/',
    '/support/wifi/credentials/result',
    '/content/ringtone/',
  ];
  for (const network of ['wifi', 'tethering', undefined]) {
    it(`refuses them on ${network ?? 'an unnamed network'} with the advice to turn Wi-Fi and tethering off`, async () => {
      const phone = new PortalClient(createPortal({ lines: [hanako] }), { network, line: hanako.phoneNumber });
      for (const path of linePages) {
        const page = await phone.get(path);
        assert.equal(page.status, 403, path);
        assert.match(page.body, /Wi-Fiとテザリングをオフにして、spモードで接続/, path);
      }
    });
  }

  it('does not count an sp-mode password posted over Wi-Fi', async () => {
    const portal = createPortal({ lines: [hanako] });
    for (const wrong of ['1111', '2222', '3333']) await hanakosPhone(portal, 'wifi').post('/support/mail/', { spModePassword: wrong });
    assert.equal(portal.model.spModePasswords.lockedUntil(hanako.phoneNumber), undefined);
  });

  it('lets any network see the menus, which show nothing of the line, and the Wi-Fi login', async () => {
    for (const path of ['/support/sp-mode/', '/support/contract/', '/support/wifi/', '/wifi/login/']) {
      assert.equal((await new PortalClient(createPortal(), { network: 'wifi' }).get(path)).status, 200, path);
    }
  });
});

describe('the mail settings', () => {
  it('ask for the sp-mode password in a labelled 4-digit field', async () => {
    const page = await hanakosPhone().get('/support/mail/');
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>spモードパスワードの入力<\/h1>/);
    assert.match(page.body, /<label for="sp-mode-password">spモードパスワード<\/label>/);
    const input = page.body.match(/<input (?![^>]*type="hidden")[^>]*>/)?.[0] ?? '';
    for (const attribute of [
      'type="password"',
      'id="sp-mode-password"',
      'name="spModePassword"',
      'inputMode="numeric"',
      'maxLength="4"',
      'autoComplete="off"',
    ]) {
      assert.ok(input.includes(attribute), `${input} should have ${attribute}`);
    }
  });

  it('open with the right password, and not without it', async () => {
    const phone = hanakosPhone();
    assert.equal((await phone.get('/support/mail/settings')).headers.get('location'), '/support/mail/');
    const answer = await phone.post('/support/mail/', { spModePassword: '0000' });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), '/support/mail/settings');
    assert.match((await phone.get('/support/mail/settings')).body, /<h1>メール設定<\/h1>/);
  });

  it('keep a saved setting', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = hanakosPhone(portal);
    await phone.post('/support/mail/', { spModePassword: '0000' });
    assert.equal((await phone.post('/support/mail/settings', { spamFilter: 'on' })).headers.get('location'), '/support/mail/settings/done');
    assert.match((await phone.get('/support/mail/settings/done')).body, /迷惑メールフィルター：利用する/);
    assert.deepEqual(portal.model.mailSettings.of(hanako.phoneNumber), { spamFilter: true });
  });

  it('refuse a post to the settings from a session that never gave the password', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = hanakosPhone(portal);
    await phone.get('/support/mail/'); // a page of this session, so the post carries its form token
    const answer = await phone.post('/support/mail/settings', { spamFilter: 'on' });
    assert.equal(answer.status, 303);
    assert.deepEqual(portal.model.mailSettings.of(hanako.phoneNumber), { spamFilter: false });
  });

  it('refuse a wrong password with the tries left, and malformed input without counting it', async () => {
    const phone = hanakosPhone();
    const wrong = await phone.post('/support/mail/', { spModePassword: '1234' });
    assert.equal(wrong.status, 400);
    assert.equal(alertOf(wrong.body), '<p>spモードパスワードが正しくありません。</p><p>あと2回間違えると、spモードパスワードがロックされます。</p>');
    const malformed = await phone.post('/support/mail/', { spModePassword: '１２３４' });
    assert.equal(malformed.status, 400);
    assert.match(alertOf(malformed.body), /4桁の半角数字で入力してください/);
    assert.match(alertOf((await phone.post('/support/mail/', { spModePassword: '2345' })).body), /あと1回/);
  });

  it('answer a body that is not a form, or markup, with the portal’s message, never a 500 or the markup itself', async () => {
    const phone = hanakosPhone();
    const notAForm = await phone.post('/support/mail/', {});
    assert.equal(notAForm.status, 400);
    const markup = await phone.post('/support/mail/', { spModePassword: '<script>alert(1)</script>' });
    assert.equal(markup.status, 400);
    assert.doesNotMatch(markup.body, /<script>alert/);
  });
});

describe('the sp-mode password lock', () => {
  it('locks on the third wrong password, says when it clears, and clears at 0:00 the next day', async () => {
    const clock = new PortalClock();
    clock.setTime(tokyoTime('2025-12-01', '21:30'));
    const phone = hanakosPhone(createPortal({ lines: [hanako], clock }));
    await phone.post('/support/mail/', { spModePassword: '1111' });
    await phone.post('/support/mail/', { spModePassword: '2222' });
    const third = await phone.post('/support/mail/', { spModePassword: '3333' });
    assert.equal(third.status, 423);
    assert.match(third.body, /<h1>spモードパスワードがロックされています<\/h1>/);
    assert.match(third.body, /ロックは<strong>12月2日 0:00<\/strong>に解除されます。/);
    assert.match(third.body, /data-until="1764601200000"/);
    clock.setTime(tokyoTime('2025-12-01', '23:59'));
    assert.equal((await phone.post('/support/mail/', { spModePassword: '0000' })).status, 423);
    clock.setTime(tokyoTime('2025-12-02', '00:00'));
    assert.equal((await phone.post('/support/mail/', { spModePassword: '0000' })).status, 303);
  });

  it('is one lock for the mail settings, the content payment and the change form', async () => {
    const phone = hanakosPhone();
    await phone.post('/content/ringtone/', { spModePassword: '1111' });
    await phone.post('/support/sp-mode/password/change/', { currentPassword: '2222', newPassword: '5829', newPasswordConfirmation: '5829' });
    await phone.post('/support/mail/', { spModePassword: '3333' });
    assert.equal((await phone.post('/content/ringtone/', { spModePassword: '0000' })).status, 423);
  });
});

describe('changing and resetting the sp-mode password', () => {
  const change = (phone: PortalClient, current: string, next: string, again = next) =>
    phone.post('/support/sp-mode/password/change/', { currentPassword: current, newPassword: next, newPasswordConfirmation: again });

  it('changes it with the current one and says so', async () => {
    const phone = hanakosPhone();
    const answer = await change(phone, '0000', '5829');
    assert.equal(answer.headers.get('location'), '/support/sp-mode/password/change/done');
    assert.match((await phone.get('/support/sp-mode/password/change/done')).body, /spモードパスワードを変更しました。/);
    assert.equal((await phone.post('/support/mail/', { spModePassword: '5829' })).status, 303);
  });

  it('names what is wrong: the current one, the new one, or its confirmation', async () => {
    const phone = hanakosPhone();
    assert.match(alertOf((await change(phone, '1234', '5829')).body), /^<p>現在のspモードパスワードが正しくありません。<\/p><p>あと2回/);
    assert.match(alertOf((await change(phone, '0000', '58')).body), /新しいspモードパスワードは、4桁の半角数字/);
    assert.match(alertOf((await change(phone, '0000', '5829', '5892')).body), /確認用の入力が一致しません/);
  });

  it('does not show the done page to a session that changed nothing', async () => {
    assert.equal((await hanakosPhone().get('/support/sp-mode/password/change/done')).status, 303);
  });

  it('resets it to 0000 with the network PIN, and unlocks it', async () => {
    const portal = createPortal({ lines: [{ ...hanako, spModePassword: '5829' }] });
    const phone = hanakosPhone(portal);
    for (const wrong of ['1111', '2222', '3333']) await phone.post('/support/mail/', { spModePassword: wrong });
    const wrongPin = await phone.post('/support/sp-mode/password/reset/', { networkPin: '1111' });
    assert.equal(wrongPin.status, 400);
    assert.match(alertOf(wrongPin.body), /ネットワーク暗証番号が正しくありません。/);
    assert.equal(
      (await phone.post('/support/sp-mode/password/reset/', { networkPin: '4739' })).headers.get('location'),
      '/support/sp-mode/password/reset/done',
    );
    assert.match((await phone.get('/support/sp-mode/password/reset/done')).body, /spモードパスワードを「0000」にリセットしました。/);
    assert.equal((await phone.post('/support/mail/', { spModePassword: '0000' })).status, 303);
  });

  it("counts a wrong network PIN at the reset towards the network PIN's own lock", async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = hanakosPhone(portal);
    await phone.post('/support/sp-mode/password/reset/', { networkPin: '1111' });
    await phone.post('/support/sp-mode/password/reset/', { networkPin: '2222' });
    const third = await phone.post('/support/sp-mode/password/reset/', { networkPin: '3333' });
    assert.equal(third.status, 423);
    assert.match(third.body, /ドコモショップ/);
    assert.equal(portal.model.line(hanako.phoneNumber)?.networkPinLocked, true);
  });
});

describe('changing the network PIN', () => {
  const change = (phone: PortalClient, current: string, next: string, again = next) =>
    phone.post('/support/contract/network-pin/', { currentPin: current, newPin: next, newPinConfirmation: again });

  it('changes it with the current one', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = hanakosPhone(portal);
    assert.equal((await change(phone, '4739', '3916')).headers.get('location'), '/support/contract/network-pin/done');
    assert.match((await phone.get('/support/contract/network-pin/done')).body, /ネットワーク暗証番号を変更しました。/);
    assert.equal(portal.model.checkNetworkPin(hanako.phoneNumber, '3916'), 'ok');
  });

  it('refuses guessable PINs with their reasons', async () => {
    const phone = hanakosPhone();
    const said = async (next: string) => alertOf((await change(phone, '4739', next)).body);
    assert.match(await said('0000'), /同じ数字が4つ並ぶ番号/);
    assert.match(await said('0412'), /生年月日から作られる番号/);
    assert.match(await said('5678'), /電話番号に含まれる番号/);
    assert.match(await said('３９１６'), /新しいネットワーク暗証番号は、4桁の半角数字/);
  });

  it('tells someone without the current PIN only that it is wrong', async () => {
    const page = await change(hanakosPhone(), '1111', '0412');
    assert.equal(page.status, 400);
    assert.match(alertOf(page.body), /^<p>現在のネットワーク暗証番号が正しくありません。<\/p>/);
    assert.doesNotMatch(page.body, /生年月日から作られる/);
  });

  it('locks after three wrong current PINs and sends her to a docomo shop', async () => {
    const phone = hanakosPhone();
    await change(phone, '1111', '3916');
    await change(phone, '2222', '3916');
    const third = await change(phone, '3333', '3916');
    assert.equal(third.status, 423);
    assert.match(third.body, /ドコモショップ/);
  });
});

describe('the Wi-Fi credentials and the Wi-Fi login', () => {
  it('shows the Wi-Fi user id and password after the network PIN, and not before', async () => {
    const phone = hanakosPhone();
    assert.equal((await phone.get('/support/wifi/credentials/result')).status, 303);
    await phone.post('/support/wifi/credentials/', { networkPin: '4739' });
    const page = await phone.get('/support/wifi/credentials/result');
    assert.match(page.body, /<dt>ユーザーID<\/dt><dd>wf7h2k9q<\/dd><dt>パスワード<\/dt><dd>Kaze8812<\/dd>/);
    assert.doesNotMatch(page.body, /Sakura2024/);
  });

  it('logs in with the Wi-Fi credentials, over Wi-Fi, and says so', async () => {
    const phone = new PortalClient(createPortal({ lines: [hanako] }), { network: 'wifi' });
    assert.equal((await phone.get('/wifi/login/done')).status, 303);
    assert.equal((await phone.post('/wifi/login/', { userId: 'wf7h2k9q', password: 'Kaze8812' })).headers.get('location'), '/wifi/login/done');
    assert.match((await phone.get('/wifi/login/done')).body, /<h1>Wi-Fiに接続しました<\/h1>/);
  });

  it('refuses the docomo ID password, and sends a typed user id back escaped', async () => {
    const phone = new PortalClient(createPortal({ lines: [hanako] }), { network: 'wifi' });
    const wrong = await phone.post('/wifi/login/', { userId: 'wf7h2k9q', password: 'Sakura2024' });
    assert.equal(wrong.status, 400);
    assert.match(alertOf(wrong.body), /ユーザーIDまたはパスワードが正しくありません。/);
    const markup = await phone.post('/wifi/login/', { userId: '<script>alert(1)</script>', password: 'x' });
    assert.equal(markup.status, 400);
    assert.doesNotMatch(markup.body, /<script>alert/);
    assert.match(markup.body, /value="&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  });

  it('asks for both fields', async () => {
    const page = await new PortalClient(createPortal({ lines: [hanako] }), { network: 'wifi' }).post('/wifi/login/', { userId: '', password: '' });
    assert.equal(page.status, 400);
    assert.match(alertOf(page.body), /ユーザーIDとパスワードを/);
  });
});

describe('the content payment', () => {
  it('asks for the sp-mode password and completes with it', async () => {
    const phone = hanakosPhone();
    assert.match((await phone.get('/content/ringtone/')).body, /<label for="sp-mode-password">spモードパスワード<\/label>/);
    assert.equal((await phone.get('/content/ringtone/done')).status, 303);
    assert.equal((await phone.post('/content/ringtone/', { spModePassword: '4739' })).status, 400);
    assert.equal((await phone.post('/content/ringtone/', { spModePassword: '0000' })).headers.get('location'), '/content/ringtone/done');
    assert.match((await phone.get('/content/ringtone/done')).body, /<h1>ご購入ありがとうございました<\/h1>/);
  });
});

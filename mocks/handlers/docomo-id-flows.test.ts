import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { createPortal, type LineSeed, type Portal } from '../portal';
import { PortalClient, type PageResult } from '../testing/portal-client';

const hanako: LineSeed = { phoneNumber: '09012345678', networkPin: '4821', docomoId: { userId: 'hanako2024', password: 'Sakura2024' } };
const yui: LineSeed = { phoneNumber: '08024681357', networkPin: '5062' };
const paths = {
  issue: '/support/docomo-id/issue/',
  consent: '/support/docomo-id/issue/consent',
  issued: '/support/docomo-id/issue/done',
  change: '/support/docomo-id/change/',
  form: '/support/docomo-id/change/form',
  changed: '/support/docomo-id/change/done',
  delete: '/support/docomo-id/delete/',
  confirm: '/support/docomo-id/delete/confirm',
  deleted: '/support/docomo-id/delete/done',
  login: '/login/',
  loggedIn: '/login/done',
};
const newPassword = { userId: 'hanako2024', newPassword: 'Momiji2025', newPasswordConfirmation: 'Momiji2025' };

function phoneOf(seed: LineSeed, portal: Portal = createPortal({ lines: [hanako, yui] })): PortalClient {
  return new PortalClient(portal, { network: 'sp-mode', line: seed.phoneNumber });
}

/** A phone that has proven the network PIN for one operation. */
async function pastPin(operation: string, seed: LineSeed = hanako, portal?: Portal): Promise<PortalClient> {
  const phone = phoneOf(seed, portal);
  const answer = await phone.post(operation, { networkPin: seed.networkPin });
  assert.equal(answer.status, 303, `the PIN for ${operation}`);
  return phone;
}

const logIn = (phone: PortalClient, userId: string, password: string) => phone.post(paths.login, { userId, password });
/** The <input> labelled `label` (a real <label for>), with the attributes it must have. */
function assertField(page: PageResult, label: string, attributes: string[]): void {
  const id = new RegExp(`<label for="([^"]+)">${label}</label>`).exec(page.body)?.[1];
  assert.ok(id, `a <label for> reading "${label}"`);
  const input = new RegExp(`<input [^>]*id="${id}"[^>]*>`).exec(page.body)?.[0] ?? '';
  for (const attribute of attributes) assert.ok(input.includes(attribute), `${input} should have ${attribute}`);
}

const alertOf = (page: PageResult) => /role="alert"[^>]*>(.*?)<\/div>/s.exec(page.body)?.[1] ?? '';

describe('発行 (create)', () => {
  it('shows the terms after the PIN, and the new docomo ID after 同意する', async () => {
    const phone = await pastPin(paths.issue, yui);
    const consent = await phone.get(paths.consent);
    assert.equal(consent.status, 200);
    assert.match(consent.body, /<h1>docomo IDの発行<\/h1>.*<h2>docomo ID利用規約<\/h2>/s);
    assert.match(consent.body, /<button type="submit"[^>]*>同意する<\/button>/);
    assert.doesNotMatch(consent.body, /reissue-warning/);
    const agreed = await phone.post(paths.consent, { consent: 'agree' });
    assert.equal(agreed.status, 303);
    assert.equal(agreed.headers.get('location'), paths.issued);
    const issued = await phone.get(paths.issued);
    assert.match(issued.body, /<h1>docomo IDを発行しました<\/h1>/);
    assert.match(issued.body, /<dt>docomo ID<\/dt><dd>d[a-z0-9]{9}<\/dd><dt>パスワード<\/dt><dd>[A-Za-z0-9]{10}<\/dd>/);
  });

  it('warns a line that has an ID that both its user id and password will be replaced, then replaces them', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = await pastPin(paths.issue, hanako, portal);
    assert.match((await phone.get(paths.consent)).body, /いまのdocomo IDとパスワードは使えなくなります/);
    await phone.post(paths.consent, { consent: 'agree' });
    const reissued = portal.model.docomoIdOf(hanako.phoneNumber)!;
    assert.notEqual(reissued.userId, 'hanako2024');
    assert.notEqual(reissued.password, 'Sakura2024');
    assert.equal((await logIn(phone, 'hanako2024', 'Sakura2024')).status, 400);
    assert.equal((await logIn(phone, reissued.userId, reissued.password)).status, 303);
  });

  it('issues nothing without the agreement', async () => {
    const portal = createPortal({ lines: [yui] });
    const phone = await pastPin(paths.issue, yui, portal);
    const refused = await phone.post(paths.consent, { consent: 'no' });
    assert.equal(refused.status, 400);
    assert.match(alertOf(refused), /利用規約に同意してください/);
    assert.equal(portal.model.docomoIdOf(yui.phoneNumber), undefined);
  });

  it('sends a visitor without the PIN from the terms back to the PIN step', async () => {
    const phone = phoneOf(yui);
    await phone.get(paths.issue); // the PIN step's page: the post below carries this session's form token
    for (const answer of [await phone.get(paths.consent), await phone.post(paths.consent, { consent: 'agree' }), await phone.get(paths.issued)]) {
      assert.equal(answer.status, 303);
      assert.equal(answer.headers.get('location'), paths.issue);
    }
  });
});

describe('変更/ロック解除 (change/unlock)', () => {
  it('pre-fills the current user id and says what keeping or changing it does', async () => {
    const form = await (await pastPin(paths.change)).get(paths.form);
    assert.equal(form.status, 200);
    assertField(form, 'docomo ID', ['type="text"', 'name="userId"', 'value="hanako2024"']);
    assertField(form, '新しいパスワード', ['type="password"', 'name="newPassword"']);
    assertField(form, '新しいパスワード（確認）', ['type="password"', 'name="newPasswordConfirmation"']);
    assert.match(form.body, /そのままにすると.*新しいパスワードが設定されます/);
    assert.match(form.body, /別のdocomo IDに書き換えると.*docomo IDも変更されます/);
  });

  it('keeps the user id, sets the password and unlocks the ID when the pre-filled id is kept', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = await pastPin(paths.change, hanako, portal);
    for (let i = 0; i < portal.settings.docomoIdLoginMaxFailures; i++) await logIn(phone, 'hanako2024', 'wrong-1');
    assert.match((await phone.get(paths.form)).body, /ロックされています/);
    const answer = await phone.post(paths.form, newPassword);
    assert.equal(answer.headers.get('location'), paths.changed);
    assert.match((await phone.get(paths.changed)).body, /docomo IDは変わりません.*<dd>hanako2024<\/dd>/s);
    assert.equal((await logIn(phone, 'hanako2024', 'Momiji2025')).status, 303);
  });

  it('changes the user id as well when another one is typed', async () => {
    const phone = await pastPin(paths.change);
    const answer = await phone.post(paths.form, { ...newPassword, userId: 'hanakosato' });
    assert.equal(answer.headers.get('location'), `${paths.changed}?id=changed`);
    assert.match((await phone.get(answer.headers.get('location')!)).body, /docomo IDとパスワードを変更しました.*<dd>hanakosato<\/dd>/s);
  });

  it('shows every broken rule in Japanese, keeps the typed id and never the passwords', async () => {
    const phone = await pastPin(paths.change);
    const refused = await phone.post(paths.form, { userId: 'hanako_sato', newPassword: 'momiji', newPasswordConfirmation: 'momiji2' });
    assert.equal(refused.status, 400);
    const alert = alertOf(refused);
    for (const message of ['半角英数字か、メールアドレス', '8〜20文字', '英字と数字を組み合わせて', '確認用のパスワードが一致しません'])
      assert.match(alert, new RegExp(message));
    assert.match(refused.body, /name="userId" value="hanako_sato"/);
    assert.doesNotMatch(refused.body, /value="momiji/);
  });

  it('tells a line without a docomo ID that it has none and points to 発行', async () => {
    const phone = await pastPin(paths.change, yui);
    const page = await phone.get(paths.form);
    assert.match(page.body, /<h1>docomo IDの変更\/ロック解除<\/h1>.*docomo IDがまだ発行されていません.*<a href="\/support\/docomo-id\/issue\/">発行<\/a>/s);
    await phone.get(paths.issue); // a form of this session open in another tab, for a current form token
    assert.equal((await phone.post(paths.form, newPassword)).status, 409);
  });
});

describe('削除 (delete)', () => {
  it('asks to confirm, then removes the ID so that verify and the login page know it no more', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = await pastPin(paths.delete, hanako, portal);
    const confirm = await phone.get(paths.confirm);
    assert.match(confirm.body, /<h1>docomo IDの削除<\/h1>.*<dd>hanako2024<\/dd>.*削除する<\/button>.*削除しない<\/a>/s);
    assert.equal((await phone.post(paths.confirm, { confirm: 'delete' })).headers.get('location'), paths.deleted);
    assert.match((await phone.get(paths.deleted)).body, /<h1>docomo IDを削除しました<\/h1>/);
    assert.equal(portal.model.docomoIdOf(hanako.phoneNumber), undefined);
    assert.equal((await logIn(phone, 'hanako2024', 'Sakura2024')).status, 400);
  });

  it('keeps the ID when the confirmation is not given', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = await pastPin(paths.delete, hanako, portal);
    assert.equal((await phone.post(paths.confirm, {})).status, 400);
    assert.deepEqual(portal.model.docomoIdOf(hanako.phoneNumber), hanako.docomoId);
  });
});

describe('the docomo ID login page', () => {
  it('answers over any network with the agreed form: labelled fields and ログイン', async () => {
    const page = await new PortalClient(createPortal(), { network: 'wifi' }).get(paths.login);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>docomo IDでログイン<\/h1>/);
    assertField(page, 'docomo ID', ['type="text"', 'name="userId"']);
    assertField(page, 'パスワード', ['type="password"', 'name="password"']);
    assert.match(page.body, /<button type="submit">ログイン<\/button>/);
  });

  it('logs any line’s docomo ID in, from a phone with no line at all', async () => {
    const phone = new PortalClient(createPortal({ lines: [hanako] }), { network: 'wifi' });
    const answer = await logIn(phone, 'hanako2024', 'Sakura2024');
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), paths.loggedIn);
    assert.match((await phone.get(paths.loggedIn)).body, /<h1>ログインしました<\/h1>.*<dd>hanako2024<\/dd>/s);
  });

  it('refuses a wrong password or an unknown id with the same 400 alert', async () => {
    const phone = phoneOf(hanako);
    for (const [userId, password] of [
      ['hanako2024', 'Sakura2025'],
      ['hanako2024', 'sakura2024'],
      ['nobody2024', 'Sakura2024'],
    ]) {
      const answer = await logIn(phone, userId, password);
      assert.equal(answer.status, 400);
      assert.match(answer.body, /role="alert"[^>]*><p>docomo IDまたはパスワードが正しくありません。<\/p>/);
    }
  });

  it('locks after the limit of wrong passwords, then answers 423 naming 変更/ロック解除, even to the right password', async () => {
    const portal = createPortal({ lines: [hanako], settings: { docomoIdLoginMaxFailures: 3 } });
    const phone = phoneOf(hanako, portal);
    assert.deepEqual(
      [await logIn(phone, 'hanako2024', 'x1'), await logIn(phone, 'hanako2024', 'x2'), await logIn(phone, 'hanako2024', 'x3')].map((a) => a.status),
      [400, 400, 423],
    );
    const locked = await logIn(phone, 'hanako2024', 'Sakura2024');
    assert.equal(locked.status, 423);
    assert.match(locked.body, /続けて3回間違えたため/);
    assert.match(locked.body, /「変更\/ロック解除」/);
  });

  it('shows the logged-in page only to the session that logged in, in that portal', async () => {
    const portal = createPortal({ lines: [hanako] });
    const phone = phoneOf(hanako, portal);
    await logIn(phone, 'hanako2024', 'Sakura2024');
    assert.equal((await phoneOf(hanako, portal).get(paths.loggedIn)).status, 303);
    const other = phoneOf(hanako, createPortal({ lines: [hanako] }));
    other.setCookie('sid', phone.cookie('sid')!);
    assert.equal((await other.get(paths.loggedIn)).status, 303);
  });
});

describe('every docomo ID form', () => {
  const script = '<script>alert(1)</script>';
  const forms: Array<{ name: string; operation?: string; path: string; fields: Record<string, string> }> = [
    { name: 'the network PIN', path: paths.delete, fields: { networkPin: script } },
    { name: 'the terms', operation: paths.issue, path: paths.consent, fields: { consent: script } },
    { name: 'the change form, user id', operation: paths.change, path: paths.form, fields: { ...newPassword, userId: script } },
    { name: 'the change form, password', operation: paths.change, path: paths.form, fields: { ...newPassword, newPassword: script } },
    { name: 'the change form, confirmation', operation: paths.change, path: paths.form, fields: { ...newPassword, newPasswordConfirmation: script } },
    { name: 'the delete confirmation', operation: paths.delete, path: paths.confirm, fields: { confirm: script } },
    { name: 'the login, docomo ID', path: paths.login, fields: { userId: script, password: 'Sakura2024' } },
    { name: 'the login, password', path: paths.login, fields: { userId: 'hanako2024', password: script } },
  ];

  for (const form of forms) {
    it(`(${form.name}) answers markup with the page again and a 400, never a 500 and never the markup itself`, async () => {
      const phone = form.operation ? await pastPin(form.operation) : phoneOf(hanako);
      const answer = await phone.post(form.path, form.fields);
      assert.equal(answer.status, 400);
      assert.match(alertOf(answer), /。/, 'a Japanese message in the alert');
      assert.doesNotMatch(answer.body, /<script/i);
    });
  }

  it('answers a post that is not a form at all with the page and a message', async () => {
    const phone = await pastPin(paths.change);
    const answers = await Promise.all([paths.form, paths.login].map((path) => phone.post(path, {})));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [400, 400],
    );
  });
});

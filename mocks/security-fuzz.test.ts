import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { FORM_TOKEN_FIELD } from './http/form-token';
import { createPortal } from './portal';
import { portalPaths as paths } from './portal-paths';
import { startPortalServer, type PortalServer } from './server';
import { HttpVisitor } from './testing/http-visitor';

/**
 * Every field of every form, filled with hostile values, over HTTP on 127.0.0.1 only. Bounded:
 * 6 values × 24 fields, each an open, a post and the page it redirects to, if any (and the PIN or
 * password first for 6 of them): about 420 requests. Whatever the portal makes of
 * a value, it answers below 500 and never sends the value back unescaped.
 */
const hanako = {
  phoneNumber: '09012345678',
  networkPin: '4821',
  birthday: '1990-04-12',
  docomoId: { userId: 'hanako2013', password: 'Sakura2013' },
  wifi: { userId: 'wf7h2k9q', password: 'Kaze8812' },
};

/**
 * Each value, and the markup in it that must never come back as it was sent (none for the header
 * injection: in a field's value attribute a line break is harmless; it must not become a header).
 */
const hostile: [value: string, mark: string | undefined][] = [
  ['<script>alert("fz1")</script>', '<script>alert("fz1")'],
  ['"><img src=x onerror=alert("fz2")>', '<img src=x onerror'],
  ["' onmouseover='alert(3)' x='", "' onmouseover='alert(3)'"],
  ['\u0000\r\nSet-Cookie: fz=4', undefined],
  ['\ud800<b>fz5</b>\u202e', '<b>fz5</b>'],
  [`${'<i>'.repeat(2000)}fz6`, '<i><i>'],
];

/** A page with a form, and the visits that must come first (the PIN or password it sits behind). */
const forms: { path: string; before?: [string, Record<string, string>] }[] = [
  { path: paths.docomoIdOperation('verify') },
  { path: paths.docomoIdIssueConsent, before: [paths.docomoIdOperation('issue'), { networkPin: hanako.networkPin }] },
  { path: paths.docomoIdChangeForm, before: [paths.docomoIdOperation('change'), { networkPin: hanako.networkPin }] },
  { path: paths.docomoIdDeleteConfirm, before: [paths.docomoIdOperation('delete'), { networkPin: hanako.networkPin }] },
  { path: paths.login },
  { path: paths.mailSettings },
  { path: paths.mailSettingsForm, before: [paths.mailSettings, { spModePassword: '0000' }] },
  { path: paths.spModePasswordChange },
  { path: paths.spModePasswordReset },
  { path: paths.networkPinChange },
  { path: paths.wifiCredentials },
  { path: paths.wifiLogin },
  { path: paths.contentPurchase },
  { path: '/__phone' },
];

/** The fields a page's form posts, read from the page itself, so a new field is fuzzed too. */
function fieldsOf(html: string): string[] {
  const names = [...html.matchAll(/<(?:input|select|textarea|button)\b[^>]*\bname="([^"]+)"/g)].map((match) => match[1]);
  return [...new Set(names)].filter((name) => name !== FORM_TOKEN_FIELD);
}

let server: PortalServer;
before(async () => {
  server = await startPortalServer({ port: 0, portal: createPortal({ lines: [hanako] }) });
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:/);
});
after(() => server.close());

describe('every form field, with hostile values', () => {
  for (const form of forms) {
    it(`${form.path}: never a 5xx, never the value unescaped`, async () => {
      const looker = new HttpVisitor(server.url);
      if (form.before) await looker.post(...form.before);
      const fields = fieldsOf((await looker.get(form.path)).body);
      assert.ok(fields.length > 0, `${form.path} shows no form`);
      const findings: string[] = [];
      for (const field of fields) {
        for (const [value, mark] of hostile) {
          // A fresh phone each time: a value that changed something must not hide the next finding.
          const phone = new HttpVisitor(server.url);
          if (form.before) await phone.post(...form.before);
          const answers = [await phone.post(form.path, { [field]: value })];
          // Follow a redirect as the browser would: what the post saved (a cookie, a setting) is read there.
          const location = answers[0].headers.get('location');
          if (location && new URL(location, server.url).origin !== server.url) findings.push(`${field}=${JSON.stringify(value)} redirected to ${location}`);
          else if (location) answers.push(await phone.get(location));
          for (const answer of answers) {
            if (answer.status >= 500) findings.push(`${field}=${JSON.stringify(value)} answered ${answer.status}`);
            if (mark && answer.body.includes(mark)) findings.push(`${field}=${JSON.stringify(value)} came back unescaped`);
            for (const cookie of answer.headers.getSetCookie()) if (cookie.startsWith('fz=')) findings.push(`${field} set a cookie: ${cookie}`);
          }
        }
      }
      assert.deepEqual(findings, []);
    });
  }
});

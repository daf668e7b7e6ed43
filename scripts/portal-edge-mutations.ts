import type { RuleMutation } from './rule-mutations';

/**
 * Breakages past the model: the pages (views), what the handlers answer, the sessions, and the
 * bridge that routes the browser into the mock. Each is a bug a developer could plausibly write;
 * the features, seen through a phone's browser, should notice it. The bridge has unit tests of
 * its own (mocks/bridge.test.ts); they run first, and a bridge bug they miss goes to the features.
 */
const views = 'mocks/views';
const handlers = 'mocks/handlers';
const f = (...names: string[]): string[] => names.map((name) => `features/${name}.feature`);

export const portalEdgeMutations: RuleMutation[] = [
  // views
  { id: 'view-pin-field-name', layer: 'views', rule: 'the network PIN form sends the PIN under the name the portal reads', file: `${views}/network-pin-page.tsx`, find: 'name="networkPin"', replace: 'name="network-pin"', features: f('network-pin-gate') },
  { id: 'view-pin-countdown', layer: 'views', rule: 'a wrong network PIN\'s page says how many more wrong ones lock it', file: `${views}/network-pin-page.tsx`, find: '{errors.map((error) => (', replace: '{errors.slice(0, 1).map((error) => (', features: f('network-pin-gate') },
  { id: 'view-change-confirmation', layer: 'views', rule: 'the new password typed twice is sent as the confirmation', file: `${views}/docomo-id-change-page.tsx`, find: 'name={changeFields.confirmation}', replace: 'name={changeFields.password}', features: f('change-or-unlock-docomo-id') },
  { id: 'view-change-locked-notice', layer: 'views', rule: 'a locked ID\'s change form says it is locked and a new password unlocks it', file: `${views}/docomo-id-change-page.tsx`, find: '{locked && <p className="notice">', replace: '{false && <p className="notice">', features: f('change-or-unlock-docomo-id') },
  { id: 'view-verify-password', layer: 'views', rule: 'verify shows the docomo ID\'s password', file: `${views}/docomo-id-verify-result-page.tsx`, find: '<dd>{docomoId.password}</dd>', replace: '<dd>{docomoId.userId}</dd>', features: f('verify-docomo-id') },
  { id: 'view-login-label', layer: 'views', rule: 'the login form labels the password パスワード', file: `${views}/docomo-id-login-page.tsx`, find: 'label="パスワード" type="password"', replace: 'label="docomo IDのパスワード" type="password"', features: f('docomo-id-login') },
  { id: 'view-verify-locked-notice', layer: 'views', rule: 'verify says when the docomo ID is locked', file: `${views}/docomo-id-verify-result-page.tsx`, find: '{locked && <p className="notice">', replace: '{false && <p className="notice">', features: f('verify-docomo-id', 'docomo-id-login') },
  // handlers
  { id: 'handler-pin-next', layer: 'handlers', rule: 'the right network PIN leads on to the operation', file: `${handlers}/network-pin-step.ts`, find: 'return seeOther(next);', replace: 'return seeOther(path);', features: f('network-pin-gate') },
  { id: 'handler-login-wrong-message', layer: 'handlers', rule: 'a wrong password at login is called wrong, not missing', file: `${handlers}/login-handlers.ts`, find: 'return form(400, [docomoIdMessages.loginWrong], userId);', replace: 'return form(400, [docomoIdMessages.loginMissing], userId);', features: f('docomo-id-login') },
  { id: 'handler-login-prg', layer: 'handlers', rule: 'a login is answered with a 303 to its own page (a reload does not post the password again)', file: `${handlers}/login-handlers.ts`, find: 'return seeOther(portalPaths.loggedIn);', replace: "return htmlResponse(200, createElement(CompletedPage, { title: 'ログインしました', message: 'docomo IDでログインしました。', back: { path: portalPaths.top, label: 'トップへ戻る' } }, createElement(DocomoIdDetails, { userId: login.userId })));", features: f('docomo-id-login') },
  { id: 'handler-sppw-changed-redirect', layer: 'handlers', rule: 'a changed sp-mode password is confirmed on its own page', file: `${handlers}/sp-mode-handlers.ts`, find: 'return seeOther(portalPaths.spModePasswordChanged);', replace: 'return seeOther(portalPaths.spModeMenu);', features: f('change-sp-mode-password') },
  { id: 'handler-gate-locked-page', layer: 'handlers', rule: 'a locked network PIN outside the docomo ID menu gets the locked page, not "wrong"', file: `${handlers}/network-pin-gate.ts`, find: 'return htmlResponse(423, createElement(NetworkPinLockedPage, { maxFailures: context.settings.networkPinMaxFailures, menuPath: options.menuPath }));', replace: 'return form(400, [messages.networkPinWrong]);', features: f('wifi-credentials', 'reset-sp-mode-password', 'change-network-pin') },
  { id: 'handler-reset-done-unproven', layer: 'handlers', rule: 'the reset\'s done page opens only after the reset', file: `${handlers}/sp-mode-handlers.ts`, find: 'proofs.has(session, line.phoneNumber, reset)', replace: 'true', features: f('reset-sp-mode-password') },
  // sessions
  { id: 'session-shared', layer: 'sessions', rule: 'one browser\'s session is its own (another browser gets a new one)', file: 'mocks/http/session-store.ts', find: 'return id === undefined ? undefined : this.sessions.get(id);', replace: 'return this.sessions.values().next().value;', features: f('network-pin-gate') },
  { id: 'session-cookie-not-set', layer: 'sessions', rule: 'a new session sets its cookie', file: 'mocks/http/with-session.ts', find: "headers.append('set-cookie', sessionCookie(session.id));", replace: '', features: f('verify-docomo-id') },
  { id: 'session-cookie-path', layer: 'sessions', rule: 'the session cookie is sent on every page of the portal', file: 'mocks/http/session-store.ts', find: 'HttpOnly; Path=/;', replace: 'HttpOnly; Path=/support/;', features: f('docomo-id-login') },
  { id: 'session-pin-any-line', layer: 'sessions', rule: 'a network PIN proves access for its own line only', file: 'mocks/http/session-store.ts', find: 'return this.pinVerified.has(`${phoneNumber} ${operation}`);', replace: 'return [...this.pinVerified].some((key) => key.endsWith(` ${operation}`));', features: f('network-pin-gate') },
  { id: 'session-proof-any-line', layer: 'sessions', rule: 'a proven sp-mode password opens its own line\'s pages only', file: `${handlers}/session-proofs.ts`, find: 'return this.proofs.get(session)?.has(`${phoneNumber} ${what}`) ?? false;', replace: 'return [...(this.proofs.get(session) ?? [])].some((key) => key.endsWith(` ${what}`));', features: f('change-mail-settings') },
  // bridge
  // Aborted, not let through: a mutation that sent a request out would itself reach the network.
  { id: 'bridge-other-origin-unreported', layer: 'bridge', rule: 'a request to another origin is blocked and reported (the scenario then fails, naming it)', file: 'mocks/bridge.ts', find: 'if (new URL(request.url()).origin !== options.origin) return block(route, options, request.url());', replace: "if (new URL(request.url()).origin !== options.origin) return route.abort('blockedbyclient');", tests: ['mocks/bridge.test.ts'], features: f('find-the-docomo-id-page') },
  { id: 'bridge-carrier-headers', layer: 'bridge', rule: 'the phone\'s network and line reach the portal on every request', file: 'mocks/bridge.ts', find: 'for (const [name, value] of Object.entries(options.carrierHeaders())) headers.set(name, value);', replace: '', tests: ['mocks/bridge.test.ts'], features: f('use-sp-mode') },
  { id: 'bridge-last-cookie-only', layer: 'bridge', rule: 'every Set-Cookie of a response reaches the browser', file: 'mocks/bridge.ts', find: "result['set-cookie'] = setCookies.join('\\n');", replace: "result['set-cookie'] = setCookies[setCookies.length - 1];", tests: ['mocks/bridge.test.ts'], features: f('docomo-id-login') },
  { id: 'bridge-redirect-cookie', layer: 'bridge', rule: 'a redirect is followed with the cookie it set', file: 'mocks/bridge.ts', find: 'for (const cookie of redirect.headers.getSetCookie()) {', replace: 'for (const cookie of [] as string[]) {', tests: ['mocks/bridge.test.ts'], features: f('verify-docomo-id') },
  { id: 'bridge-address-not-shown', layer: 'bridge', rule: 'the page after a followed redirect states its own address', file: 'mocks/bridge.ts', find: 'if (url !== request.url() && request.isNavigationRequest() && isHtml(response)) body = showAddress(body, url);', replace: '', tests: ['mocks/bridge.test.ts'], features: f('docomo-id-needs-sp-mode') },
  { id: 'bridge-post-body', layer: 'bridge', rule: 'a form\'s post reaches the portal with what was typed', file: 'mocks/bridge.ts', find: "const posted = method === 'GET' || method === 'HEAD' ? null : request.postDataBuffer();", replace: 'const posted = null;', tests: ['mocks/bridge.test.ts'], features: f('verify-docomo-id') },
];

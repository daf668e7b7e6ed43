import { portalEdgeMutations } from './portal-edge-mutations';
import { toolMutations } from './tool-mutations';

/**
 * The check that the project guards every rule of the portal, at every layer: each entry breaks
 * one rule (a text replaced in one source file), and `npm run check:rules` runs the named
 * features, or unit tests, against the broken code; at least one must fail, or the rule is
 * unguarded. An entry names the rule as the spec states it, so a survivor says which rule lacks a
 * scenario or a test.
 *
 * The layers: the model's rules and the two gates (here), the views, handlers, sessions and the
 * bridge (portal-edge-mutations.ts), the guide generator and verify (tool-mutations.ts).
 *
 * `find` must occur exactly once in `file` (scripts/rule-mutations.test.ts checks it on every
 * `npm test`), so an edit to a rule's code that leaves its mutation behind is noticed at once.
 */
export const mutationLayers = ['model', 'gate', 'views', 'handlers', 'sessions', 'bridge', 'guide generator', 'verify'] as const;
export type MutationLayer = (typeof mutationLayers)[number];

export interface RuleMutation {
  id: string;
  /** Where the bug is: the model's rules, a gate, a page, a handler, ..., the guide generator. */
  layer: MutationLayer;
  /** The rule this breaks, in the spec's words. */
  rule: string;
  /** The source file, from the project root. */
  file: string;
  find: string;
  replace: string;
  /** The feature files expected to catch it. */
  features?: string[];
  /** The unit test files expected to catch it; they run first, being faster. */
  tests?: string[];
}

const pw = 'mocks/model/docomo-id-password-rules.ts';
const uid = 'mocks/model/docomo-id-user-id-rules.ts';
const lock = 'mocks/model/docomo-id-lockout-rules.ts';
const ids = 'mocks/model/docomo-ids.ts';
const probs = 'mocks/model/docomo-id-problems.ts';
const pin = 'mocks/model/network-pin-rules.ts';
const choice = 'mocks/model/network-pin-choice-rules.ts';
const sp = 'mocks/model/sp-mode-password-rules.ts';
const sps = 'mocks/model/sp-mode-passwords.ts';
const gate = 'mocks/http/with-sp-mode.ts';
const pinGate = 'mocks/handlers/with-network-pin.ts';
const model = 'mocks/model/portal-model.ts';
const wifi = 'mocks/model/wifi-login-rules.ts';
const f = (...names: string[]): string[] => names.map((name) => `features/${name}.feature`);

/** The sp-mode gate, letting anything through at the paths `test` (a JS expression over `p`) accepts. */
const spModeGateExcept = (test: string) => ({
  file: gate,
  find: "if (info.request.headers.get(NETWORK_HEADER) !== 'sp-mode')",
  replace: `if (info.request.headers.get(NETWORK_HEADER) !== 'sp-mode' && !((p) => ${test})(new URL(info.request.url).pathname))`,
});
/** The network PIN guard, waved aside for one operation. */
const pinGateExcept = (op: string) => ({
  file: pinGate,
  find: 'if (!info.session.hasVerifiedNetworkPin(info.line.phoneNumber, operation))',
  replace: `if (!info.session.hasVerifiedNetworkPin(info.line.phoneNumber, operation) && operation !== '${op}')`,
});

const modelAndGateMutations: Array<Omit<RuleMutation, 'layer'>> = [
  // docomo ID password rules
  {
    id: 'pw-differs',
    rule: 'password differs from the user id',
    file: pw,
    find: 'return password !== userId;',
    replace: 'return true;',
    features: f('docomo-id-password-rules'),
  },
  {
    id: 'pw-mix',
    rule: 'password mixes letters and digits',
    file: pw,
    find: 'return /[A-Za-z]/.test(password) && /[0-9]/.test(password);',
    replace: 'return true;',
    features: f('docomo-id-password-rules'),
  },
  {
    id: 'pw-min',
    rule: 'password at least the minimum length',
    file: pw,
    find: 'password.length >= settings.passwordMinLength &&',
    replace: '',
    features: f('docomo-id-password-rules'),
  },
  {
    id: 'pw-max',
    rule: 'password at most the maximum length',
    file: pw,
    find: '&& password.length <= settings.passwordMaxLength',
    replace: '',
    features: f('docomo-id-password-rules'),
  },
  {
    id: 'pw-chars',
    rule: 'password uses half-width letters, digits and symbols only',
    file: pw,
    find: 'return /^[\\x21-\\x7e]*$/.test(password);',
    replace: 'return true;',
    features: f('docomo-id-password-rules'),
  },
  {
    id: 'pw-symbols',
    rule: 'symbols are allowed in a password',
    file: pw,
    find: 'return /^[\\x21-\\x7e]*$/.test(password);',
    replace: 'return /^[A-Za-z0-9]*$/.test(password);',
    features: f('docomo-id-password-rules'),
  },
  {
    id: 'pw-case',
    rule: 'password is case-sensitive at login',
    file: pw,
    find: 'return entered === actual;',
    replace: 'return entered.toLowerCase() === actual.toLowerCase();',
    features: f('docomo-id-login'),
  },
  {
    id: 'pw-confirm',
    rule: 'the new password typed twice must match',
    file: pw,
    find: 'return password === confirmation;',
    replace: 'return true;',
    features: f('change-or-unlock-docomo-id'),
  },
  // docomo ID user id rules
  {
    id: 'uid-alnum',
    rule: 'user id is half-width letters and digits',
    file: uid,
    find: 'return /^[A-Za-z0-9]+$/.test(userId) &&',
    replace: 'return /^.+$/.test(userId) &&',
    features: f('docomo-id-user-id-rules'),
  },
  {
    id: 'uid-min',
    rule: 'user id at least the minimum length',
    file: uid,
    find: 'userId.length >= settings.userIdMinLength &&',
    replace: '',
    features: f('docomo-id-user-id-rules'),
  },
  {
    id: 'uid-max',
    rule: 'user id at most the maximum length',
    file: uid,
    find: '&& userId.length <= settings.userIdMaxLength',
    replace: '',
    features: f('docomo-id-user-id-rules'),
  },
  {
    id: 'uid-email',
    rule: 'an email address is a valid user id',
    file: uid,
    find: 'return isAlphanumericUserId(userId, settings) || isEmailAddress(userId);',
    replace: 'return isAlphanumericUserId(userId, settings);',
    features: f('docomo-id-user-id-rules'),
  },
  {
    id: 'uid-email-shape',
    rule: 'only a well-formed email address is a user id',
    file: uid,
    find: 'return new RegExp(`^[A-Za-z0-9._%+-]+@${label}(?:\\\\.${label})+$`).test(value) && !/^\\.|\\.\\.|\\.@/.test(value);',
    replace: "return value.includes('@');",
    features: f('docomo-id-user-id-rules'),
  },
  {
    id: 'uid-phone',
    rule: "a phone-number user id must be the line's own number",
    file: uid,
    find: 'return !looksLikePhoneNumber(userId) || userId === normalizePhoneNumber(linePhoneNumber);',
    replace: 'return true;',
    features: f('docomo-id-user-id-rules'),
  },
  {
    id: 'uid-own-phone-allowed',
    rule: 'her own phone number is allowed as a user id',
    file: uid,
    find: 'return !looksLikePhoneNumber(userId) || userId === normalizePhoneNumber(linePhoneNumber);',
    replace: 'return !looksLikePhoneNumber(userId);',
    features: f('docomo-id-user-id-rules'),
  },
  {
    id: 'uid-unused',
    rule: 'a user id another line has is refused',
    file: uid,
    find: 'return !usedBy(userId);',
    replace: 'return true;',
    features: f('docomo-id-user-id-rules', 'change-or-unlock-docomo-id'),
  },
  // change/unlock
  {
    id: 'chg-keep-id-checked',
    rule: 'keeping the pre-filled user id is always allowed (id rules apply to a new id only)',
    file: probs,
    find: 'if (userId !== change.currentUserId) {',
    replace: 'if (true) {',
    features: f('change-or-unlock-docomo-id', 'docomo-id-user-id-rules', 'docomo-id-login'),
  },
  {
    id: 'chg-id-not-changed',
    rule: 'a different user id changes the id too',
    file: ids,
    find: 'this.byLine.set(line, { userId: change.userId, password: change.password, lock: unlockedDocomoId });',
    replace: 'this.byLine.set(line, { userId: record.userId, password: change.password, lock: unlockedDocomoId });',
    features: f('change-or-unlock-docomo-id'),
  },
  {
    id: 'chg-pw-not-set',
    rule: 'change/unlock sets the new password',
    file: ids,
    find: 'this.byLine.set(line, { userId: change.userId, password: change.password, lock: unlockedDocomoId });',
    replace: 'this.byLine.set(line, { userId: change.userId, password: record.password, lock: unlockedDocomoId });',
    features: f('change-or-unlock-docomo-id'),
  },
  {
    id: 'chg-no-unlock',
    rule: 'change/unlock unlocks a locked docomo ID',
    file: ids,
    find: 'this.byLine.set(line, { userId: change.userId, password: change.password, lock: unlockedDocomoId });',
    replace: 'this.byLine.set(line, { userId: change.userId, password: change.password, lock: record.lock });',
    features: f('docomo-id-login', 'change-or-unlock-docomo-id'),
  },
  // login lockout
  {
    id: 'lock-never',
    rule: 'N wrong passwords in a row lock the docomo ID',
    file: lock,
    find: "if (failures >= maxFailures) return { check: 'locked', state: { failures, locked: true } };",
    replace: '',
    features: f('docomo-id-login'),
  },
  {
    id: 'lock-late',
    rule: 'the N-th wrong password already locks (not the N+1-th)',
    file: lock,
    find: 'if (failures >= maxFailures)',
    replace: 'if (failures > maxFailures)',
    features: f('docomo-id-login'),
  },
  {
    id: 'lock-early',
    rule: 'N-1 wrong passwords do not lock',
    file: lock,
    find: 'if (failures >= maxFailures)',
    replace: 'if (failures >= maxFailures - 1)',
    features: f('docomo-id-login'),
  },
  {
    id: 'lock-right-pw-passes',
    rule: 'a locked docomo ID refuses even the right password',
    file: lock,
    find: "if (state.locked) return { check: 'locked', state };",
    replace: "if (state.locked && !passwordIsRight) return { check: 'locked', state };",
    features: f('docomo-id-login'),
  },
  {
    id: 'lock-no-reset',
    rule: 'a right password before N resets the count',
    file: lock,
    find: "if (passwordIsRight) return { check: 'ok', state: unlockedDocomoId };",
    replace: "if (passwordIsRight) return { check: 'ok', state };",
    features: f('docomo-id-login'),
  },
  {
    id: 'lock-shared',
    rule: 'the lock is per docomo ID (one portal-wide count would lock everyone)',
    file: ids,
    find: 'const { check, state } = tooManyWrongPasswordsLockTheId(record.lock, right, this.settings.docomoIdLoginMaxFailures);\n    record.lock = state;',
    replace:
      'const shared = this as unknown as { sharedLock?: DocomoIdLockState };\n    const { check, state } = tooManyWrongPasswordsLockTheId(shared.sharedLock ?? record.lock, right, this.settings.docomoIdLoginMaxFailures);\n    record.lock = state;\n    shared.sharedLock = state;',
    features: f('docomo-id-login'),
  },
  // create / reissue / delete
  {
    id: 'reissue-keeps-id',
    rule: 'reissue gives a new user id',
    file: ids,
    find: 'this.byLine.set(line, { ...fresh, lock: unlockedDocomoId });\n    return { ...fresh };',
    replace:
      'const kept = { ...fresh, userId: old?.userId ?? fresh.userId };\n    this.byLine.set(line, { ...kept, lock: unlockedDocomoId });\n    return { ...kept };',
    features: f('create-docomo-id'),
  },
  {
    id: 'reissue-keeps-pw',
    rule: 'reissue gives a new password',
    file: ids,
    find: 'this.byLine.set(line, { ...fresh, lock: unlockedDocomoId });\n    return { ...fresh };',
    replace:
      'const kept = { ...fresh, password: old?.password ?? fresh.password };\n    this.byLine.set(line, { ...kept, lock: unlockedDocomoId });\n    return { ...kept };',
    features: f('create-docomo-id'),
  },
  {
    id: 'delete-noop',
    rule: 'delete removes the docomo ID',
    file: ids,
    find: 'return this.byLine.delete(normalizePhoneNumber(phoneNumber));',
    replace: 'return this.byLine.has(normalizePhoneNumber(phoneNumber));',
    features: f('delete-docomo-id'),
  },
  // network PIN gate and lock
  {
    id: 'pin-never-locks',
    rule: 'N wrong network PINs in a row lock it',
    file: pin,
    find: "if (failures >= maxFailures) return { check: 'locked', state: { failures, locked: true } };",
    replace: '',
    features: f('network-pin-gate'),
  },
  {
    id: 'pin-lock-late',
    rule: 'the N-th wrong network PIN already locks',
    file: pin,
    find: 'if (failures >= maxFailures)',
    replace: 'if (failures > maxFailures)',
    features: f('network-pin-gate'),
  },
  {
    id: 'pin-lock-early',
    rule: 'N-1 wrong network PINs do not lock',
    file: pin,
    find: 'if (failures >= maxFailures)',
    replace: 'if (failures >= maxFailures - 1)',
    features: f('network-pin-gate'),
  },
  {
    id: 'pin-locked-right-passes',
    rule: 'a locked network PIN refuses even the right one',
    file: pin,
    find: "if (state.locked) return { check: 'locked', state };",
    replace: "if (state.locked && entered !== actual) return { check: 'locked', state };",
    features: f('network-pin-gate'),
  },
  {
    id: 'pin-no-reset',
    rule: 'a right network PIN before N resets the count',
    file: pin,
    find: "if (entered === actual) return { check: 'ok', state: unlockedNetworkPin };",
    replace: "if (entered === actual) return { check: 'ok', state };",
    features: f('network-pin-gate'),
  },
  {
    id: 'pin-unlocks-at-midnight',
    rule: 'a locked network PIN never unlocks by itself',
    file: model,
    find: 'const { check, state } = attemptNetworkPin(record.pinState, pin, record.networkPin, this.settings.networkPinMaxFailures);\n    record.pinState = state;',
    replace:
      "const now = this.clock.now();\n    const r = record as typeof record & { lockedAt?: Date };\n    if (r.pinState.locked && r.lockedAt && now >= require('./tokyo-time').nextTokyoMidnight(r.lockedAt)) r.pinState = unlockedNetworkPin;\n    const { check, state } = attemptNetworkPin(record.pinState, pin, record.networkPin, this.settings.networkPinMaxFailures);\n    if (state.locked && !r.pinState.locked) r.lockedAt = now;\n    record.pinState = state;",
    features: f('network-pin-gate'),
  },
  {
    id: 'pin-shared',
    rule: 'wrong network PINs count for her line only (one portal-wide count would lock every line)',
    file: model,
    find: 'const { check, state } = attemptNetworkPin(record.pinState, pin, record.networkPin, this.settings.networkPinMaxFailures);\n    record.pinState = state;',
    replace:
      'const shared = this as unknown as { sharedPin?: NetworkPinState };\n    const { check, state } = attemptNetworkPin(shared.sharedPin ?? record.pinState, pin, record.networkPin, this.settings.networkPinMaxFailures);\n    record.pinState = state;\n    shared.sharedPin = state;',
    features: f('network-pin-gate'),
  },
  { id: 'pin-gate-issue', rule: 'create asks for the network PIN', ...pinGateExcept('issue'), features: f('network-pin-gate', 'create-docomo-id') },
  { id: 'pin-gate-verify', rule: 'verify asks for the network PIN', ...pinGateExcept('verify'), features: f('network-pin-gate', 'verify-docomo-id') },
  {
    id: 'pin-gate-change',
    rule: 'change/unlock asks for the network PIN',
    ...pinGateExcept('change'),
    features: f('network-pin-gate', 'change-or-unlock-docomo-id'),
  },
  { id: 'pin-gate-delete', rule: 'delete asks for the network PIN', ...pinGateExcept('delete'), features: f('network-pin-gate', 'delete-docomo-id') },
  {
    id: 'pin-gate-per-operation',
    rule: 'a PIN proven for one operation does not open another',
    file: pinGate,
    find: 'if (!info.session.hasVerifiedNetworkPin(info.line.phoneNumber, operation))',
    replace: "if (!(['issue', 'verify', 'change', 'delete'] as const).some((op) => info.session.hasVerifiedNetworkPin(info.line.phoneNumber, op)))",
    features: f('network-pin-gate', 'verify-docomo-id', 'create-docomo-id', 'change-or-unlock-docomo-id', 'delete-docomo-id'),
  },
  // network PIN choice rules
  {
    id: 'newpin-same-digits',
    rule: 'a new network PIN of one repeated digit is refused',
    file: choice,
    find: "if (isSameDigitPin(pin)) return 'same-digits';",
    replace: '',
    features: f('change-network-pin'),
  },
  {
    id: 'newpin-birthday',
    rule: 'a new network PIN from the birthday is refused',
    file: choice,
    find: "if (birthdayPins(line.birthday).includes(pin)) return 'birthday';",
    replace: '',
    features: f('change-network-pin'),
  },
  {
    id: 'newpin-phone',
    rule: 'a new network PIN from the phone number is refused',
    file: choice,
    find: "if (phoneNumberPins(line.phoneNumber).includes(pin)) return 'phone-number';",
    replace: '',
    features: f('change-network-pin'),
  },
  {
    id: 'newpin-mismatch',
    rule: 'the new network PIN typed twice must match',
    file: choice,
    find: "if (pin !== confirmation) return 'mismatch';",
    replace: '',
    features: f('change-network-pin'),
  },
  {
    id: 'newpin-malformed',
    rule: 'a new network PIN is 4 half-width digits',
    file: choice,
    find: "if (!isWellFormedNetworkPin(pin)) return 'malformed';",
    replace: '',
    features: f('change-network-pin'),
  },
  // sp-mode gate, per flow
  ...[
    ['issue', 'create'],
    ['verify', 'verify'],
    ['change', 'change or unlock'],
    ['delete', 'delete'],
  ].flatMap(([slug, name]): Array<Omit<RuleMutation, 'layer'>> => [
    {
      id: `spmode-pin-page-${slug}`,
      rule: `the network PIN page of ${name} refuses Wi-Fi and tethering`,
      ...spModeGateExcept(`p === '/support/docomo-id/${slug}/'`),
      features: f('docomo-id-needs-sp-mode', 'use-sp-mode'),
    },
    {
      id: `spmode-after-pin-${slug}`,
      rule: `the pages of ${name} past the PIN refuse Wi-Fi and tethering`,
      ...spModeGateExcept(`p.startsWith('/support/docomo-id/${slug}/') && p !== '/support/docomo-id/${slug}/'`),
      features: f('docomo-id-needs-sp-mode', 'use-sp-mode'),
    },
  ]),
  {
    id: 'spmode-wifi',
    rule: 'Wi-Fi is refused (tethering alone blocked)',
    file: gate,
    find: "if (info.request.headers.get(NETWORK_HEADER) !== 'sp-mode')",
    replace: "if (info.request.headers.get(NETWORK_HEADER) === 'tethering')",
    features: f('use-sp-mode', 'docomo-id-needs-sp-mode'),
  },
  {
    id: 'spmode-tethering',
    rule: 'tethering is refused (Wi-Fi alone blocked)',
    file: gate,
    find: "if (info.request.headers.get(NETWORK_HEADER) !== 'sp-mode')",
    replace: "if (info.request.headers.get(NETWORK_HEADER) === 'wifi')",
    features: f('use-sp-mode', 'docomo-id-needs-sp-mode'),
  },
  // sp-mode password
  {
    id: 'sppw-never-locks',
    rule: 'N wrong sp-mode passwords in a row lock it',
    file: sp,
    find: "if (failures >= maxFailures) return { check: 'locked', state: { failures, lockedUntil: spModePasswordLockClearsAt(now).getTime() } };",
    replace: '',
    features: f('sp-mode-password-lock'),
  },
  {
    id: 'sppw-never-clears',
    rule: 'the sp-mode password lock clears at 0:00 the next day',
    file: sp,
    find: 'return state.lockedUntil !== undefined && now.getTime() < state.lockedUntil;',
    replace: 'return state.lockedUntil !== undefined;',
    features: f('sp-mode-password-lock'),
  },
  {
    id: 'sppw-clears-after-24h',
    rule: 'the lock clears at midnight, not 24 hours later',
    file: sp,
    find: 'return nextTokyoMidnight(lockedAt);',
    replace: 'return new Date(lockedAt.getTime() + 24 * 3600 * 1000);',
    features: f('sp-mode-password-lock'),
  },
  {
    id: 'sppw-clears-at-once',
    rule: 'the lock holds until midnight',
    file: sp,
    find: 'return nextTokyoMidnight(lockedAt);',
    replace: 'return new Date(lockedAt.getTime() + 60 * 1000);',
    features: f('sp-mode-password-lock'),
  },
  {
    id: 'sppw-reset-keeps-lock',
    rule: 'the reset unlocks a locked sp-mode password at once',
    file: sps,
    find: 'record.password = this.settings.spModePasswordDefault;\n    record.state = unlockedSpModePassword;',
    replace: 'record.password = this.settings.spModePasswordDefault;',
    features: f('reset-sp-mode-password'),
  },
  {
    id: 'sppw-reset-keeps-password',
    rule: 'the reset sets the password back to 0000',
    file: sps,
    find: 'record.password = this.settings.spModePasswordDefault;\n    record.state = unlockedSpModePassword;',
    replace: 'record.state = unlockedSpModePassword;',
    features: f('reset-sp-mode-password'),
  },
  {
    id: 'sppw-change-no-current',
    rule: 'changing the sp-mode password needs the current one',
    file: sps,
    find: "if (attempt.check !== 'ok') return { outcome: 'refused', attempt };",
    replace: '',
    features: f('change-sp-mode-password'),
  },
  {
    id: 'sppw-one-lock',
    rule: 'one sp-mode password lock covers every page, the change form included',
    file: sps,
    find: 'const attempt = this.check(phoneNumber, current);',
    replace:
      'const record = this.record(phoneNumber);\n    const now = this.clock.now();\n    const attempt = this.attemptResult(attemptSpModePassword(record.state, current, record.password, this.settings.spModePasswordMaxFailures, now).check, record, now);',
    features: f('sp-mode-password-lock'),
  },
  {
    id: 'sppw-new-malformed',
    rule: 'a new sp-mode password is 4 half-width digits',
    file: sp,
    find: "if (!isWellFormedSpModePassword(next)) return 'malformed';",
    replace: '',
    features: f('change-sp-mode-password'),
  },
  {
    id: 'sppw-new-mismatch',
    rule: 'the new sp-mode password typed twice must match',
    file: sp,
    find: "if (next !== confirmation) return 'mismatch';",
    replace: '',
    features: f('change-sp-mode-password'),
  },
  // Wi-Fi is its own pair
  {
    id: 'wifi-accepts-docomo-id',
    rule: 'only the Wi-Fi credentials open docomo Wi-Fi',
    file: wifi,
    find: "return 'wrong';\n}",
    replace: "return entered.password.length >= 8 ? 'ok' : 'wrong';\n}",
    features: f('wifi-credentials', 'which-credential'),
  },
];

/** The two gates (sp-mode, network PIN) are where a rule meets HTTP; every other entry above breaks the model. */
const gates = new Set([gate, pinGate]);

export const ruleMutations: RuleMutation[] = [
  ...modelAndGateMutations.map((m): RuleMutation => ({ ...m, layer: gates.has(m.file) ? 'gate' : 'model' })),
  ...portalEdgeMutations,
  ...toolMutations,
];

import { defineParameterType } from '@cucumber/cucumber';
import type { Network } from '../../mocks/carrier';
import type { DocomoIdOperation } from '../pages/docomo-id-menu-page';
import { lengthsAgainstLimits } from './lengths-allowed';
import { portalServices, type PortalServiceName } from '../pages/portal-services';
import type { PageEnd } from '../pages/top-page';
import { credentials, type CredentialName } from './credentials';
import { phoneProfiles, type PhoneProfileName } from './phone';
import { parseTokyoTime } from './tokyo-clock';

/** How the phone is connected, as a customer would say it: "on sp-mode", "on Wi-Fi", "tethering". */
const connections: Record<string, Network> = { 'on sp-mode': 'sp-mode', 'on Wi-Fi': 'wifi', tethering: 'tethering' };

defineParameterType({
  name: 'connection',
  regexp: /on sp-mode|on Wi-Fi|tethering/,
  transformer: (words: string): Network => connections[words],
});

/** Alternatives matched longest first, with regular-expression characters (the parentheses in 発行 names) escaped. */
function oneOf(names: string[]): RegExp {
  const escaped = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'));
}

/** Which browser on the phone opens the portal: "built-in browser" or "mobile Chrome". */
defineParameterType({ name: 'phoneBrowser', regexp: oneOf(Object.keys(phoneProfiles)), transformer: (name: string) => name as PhoneProfileName });

/** Where on a page a customer looks: "top" or "bottom". */
defineParameterType({ name: 'pageEnd', regexp: /top|bottom/, transformer: (end: string) => end as PageEnd });

/** A place on the portal that asks for a credential, e.g. "changing mail settings" (steps/pages/portal-services.ts). */
defineParameterType({ name: 'service', regexp: oneOf(Object.keys(portalServices)), transformer: (name: string) => name as PortalServiceName });

/** One of the four credentials, e.g. "sp-mode password" (steps/support/credentials.ts). */
defineParameterType({ name: 'credential', regexp: oneOf(Object.keys(credentials)), transformer: (name: string) => name as CredentialName });

/** A Tokyo date and time, written 2025-12-01 21:30. */
defineParameterType({ name: 'tokyoTime', regexp: /\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}/, transformer: parseTokyoTime });

/** A time of day on the phone's clock, written 0:00 or 23:59. */
defineParameterType({ name: 'timeOfDay', regexp: /\d{1,2}:\d{2}/, transformer: (time: string) => time });

/** Which day a time of day falls on, counted from the scenario's clock: "the same day" or "the next day". */
defineParameterType({ name: 'whichDay', regexp: /the same day|the next day/, transformer: (day: string) => (day === 'the next day' ? 1 : 0) });

/** One of the four docomo ID operations, as the spec says it: "create", "verify", "change or unlock", "delete". */
const docomoIdOperationWords: Record<string, DocomoIdOperation> = { create: 'create', verify: 'verify', 'change or unlock': 'change', delete: 'delete' };
defineParameterType({ name: 'operation', regexp: oneOf(Object.keys(docomoIdOperationWords)), transformer: (words: string) => docomoIdOperationWords[words] });

/**
 * How many times, said against a limit the portal sets, never as a number: "as many times as the
 * portal allows" or "one time fewer than the portal allows". The step applies it to the setting.
 */
const timesAgainstLimit: Record<string, (limit: number) => number> = {
  'as many times as the portal allows': (limit) => limit,
  'one time fewer than the portal allows': (limit) => limit - 1,
};
defineParameterType({ name: 'timesAllowed', regexp: oneOf(Object.keys(timesAgainstLimit)), transformer: (words: string) => timesAgainstLimit[words] });

/**
 * A length said against the portal's limits, never as a number: "of the shortest length allowed",
 * "one character longer than allowed"… The step applies it to the setting (settings.ts).
 */
defineParameterType({ name: 'lengthAllowed', regexp: oneOf(Object.keys(lengthsAgainstLimits)), transformer: (words: string) => lengthsAgainstLimits[words] });

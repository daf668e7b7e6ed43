import type { RunSettings, ScreenLabel } from '../guide-model';
import { escapeText } from '../escape-mdx';
import { exampleValue } from './examples';

/**
 * A credential a walkthrough types, as the reader's own: which fields ask for it, how to say it,
 * and the persona table's row that holds the walkthrough's example of it.
 */
interface Credential {
  fields: readonly string[];
  /** Typed after another field: the Wi-Fi login's 「パスワード」 is not the docomo ID's. */
  after?: string;
  say: (settings: RunSettings | undefined) => string;
  persona?: string;
}

function number(settings: RunSettings | undefined, name: string): number | undefined {
  const value = settings?.[name];
  return typeof value === 'number' ? value : undefined;
}

const CREDENTIALS: readonly Credential[] = [
  { fields: ['ネットワーク暗証番号', '現在のネットワーク暗証番号'], say: () => 'Your network PIN: the 4 digits you chose at contract', persona: 'network pin' },
  { fields: ['新しいネットワーク暗証番号', '新しいネットワーク暗証番号（確認用）'], say: () => 'A new network PIN you have chosen: 4 digits, hard to guess' },
  {
    fields: ['spモードパスワード', '現在のspモードパスワード'],
    say: (settings) => {
      const start = settings?.spModePasswordDefault;
      return `Your sp-mode password: 4 digits${typeof start === 'string' ? ` (${escapeText(start)} until you change it)` : ''}`;
    },
    persona: 'sp-mode password',
  },
  { fields: ['新しいspモードパスワード', '新しいspモードパスワード（確認用）'], say: () => 'A new sp-mode password you have chosen: 4 digits' },
  { fields: ['docomo ID'], say: () => 'Your docomo ID, its user id', persona: 'docomo id' },
  { fields: ['パスワード'], after: 'docomo ID', say: () => "Your docomo ID's password, capitals and all", persona: 'password' },
  { fields: ['ユーザーID'], say: () => 'Your Wi-Fi user id', persona: 'wi-fi user id' },
  { fields: ['パスワード'], after: 'ユーザーID', say: () => 'Your Wi-Fi password', persona: 'wi-fi password' },
  {
    fields: ['新しいパスワード', '新しいパスワード（確認）'],
    say: (settings) => {
      const [min, max] = [number(settings, 'passwordMinLength'), number(settings, 'passwordMaxLength')];
      return `A new password for your docomo ID: letters and digits mixed${min !== undefined && max !== undefined ? `, ${min} to ${max} characters` : ''}`;
    },
  },
];

/** A `do` that puts the phone on sp-mode: the pages of a line's own credentials open over sp-mode only. */
const SP_MODE = /\bsp-mode\b/i;

/**
 * "What you need", as Markdown list items: the credentials the walkthrough types, each as the
 * reader's own with the walkthrough's value marked as an example, and the phone on sp-mode when
 * the walkthrough switched to it. A field no credential here names (a checkbox) is not a need.
 */
export function whatYouNeed(labels: readonly ScreenLabel[], facts: ReadonlyMap<string, string>, settings: RunSettings | undefined): string[] {
  const needs: string[] = [];
  const found = new Set<Credential>();
  labels.forEach((label, i) => {
    if (label.action !== 'fill') return;
    const earlier = labels
      .slice(0, i)
      .filter((before) => before.action === 'fill')
      .map((before) => before.ja);
    const credential = CREDENTIALS.find((c) => c.fields.includes(label.ja) && (!c.after || earlier.includes(c.after)));
    if (!credential || found.has(credential)) return;
    found.add(credential);
    const example = credential.persona ? facts.get(credential.persona) : undefined;
    needs.push(`${credential.say(settings)}${example ? ` (${exampleValue(example)})` : ''}.`);
  });
  if (labels.some((label) => label.action === 'do' && SP_MODE.test(label.en))) {
    needs.push('Your phone on sp-mode, its own mobile data: Wi-Fi and tethering off.');
  }
  return needs;
}

import type { RunSettings, ScreenLabel } from '../guide-model';

/**
 * What to know before typing a credential that locks: told once on a how-to page, just before
 * the first step that fills it. The numbers come from the portal the run checked (run.json's
 * settings); a run that did not report them gets the warning without the number, never a guess.
 */
interface LockWarning {
  id: string;
  /** Whether filling `label` is typing this credential; `before` is what the walkthrough did up to it. */
  concerns: (label: ScreenLabel, before: readonly ScreenLabel[]) => boolean;
  text: (settings: RunSettings | undefined) => string;
}

const filled = (label: ScreenLabel, ...names: string[]) => label.action === 'fill' && names.includes(label.ja);

/** "3 wrong network PINs in a row", or "Wrong network PINs in a row" when the run did not say how many. */
function inARow(settings: RunSettings | undefined, name: string, what: string): string {
  const count = settings?.[name];
  return typeof count === 'number' ? `${count} wrong ${what} in a row` : `Wrong ${what} in a row`;
}

const WARNINGS: readonly LockWarning[] = [
  {
    id: 'network-pin',
    // The current PIN is checked against the line's; a new one is not, so it cannot lock anything.
    concerns: (label) => filled(label, 'ネットワーク暗証番号', '現在のネットワーク暗証番号'),
    text: (settings) => `${inARow(settings, 'networkPinMaxFailures', 'network PINs')} lock it, and only a docomo shop can unlock it. Don't guess.`,
  },
  {
    id: 'sp-mode-password',
    concerns: (label) => filled(label, 'spモードパスワード', '現在のspモードパスワード'),
    text: (settings) =>
      `${inARow(settings, 'spModePasswordMaxFailures', 'sp-mode passwords')} lock it. The lock clears at 0:00 the next day ` +
      '(Japan time), or at once when you reset the password with your network PIN.',
  },
  {
    id: 'docomo-id-password',
    // 「パスワード」 is also the Wi-Fi login's: it is the docomo ID's when the docomo ID was typed first.
    concerns: (label, before) => filled(label, 'パスワード') && before.some((earlier) => filled(earlier, 'docomo ID')),
    text: (settings) =>
      `${inARow(settings, 'docomoIdLoginMaxFailures', 'passwords')} lock your docomo ID (the portal's setting: docomo does not ` +
      'publish the number). Setting a new password under 「変更/ロック解除」 (change or unlock), over sp-mode, unlocks it.',
  },
];

/**
 * The warnings a walkthrough needs, by the index of the label they go before: each once, before
 * the first fill it concerns.
 */
export function lockWarnings(labels: readonly ScreenLabel[], settings: RunSettings | undefined): Map<number, string[]> {
  const told = new Set<string>();
  const before = new Map<number, string[]>();
  labels.forEach((label, i) => {
    for (const warning of WARNINGS) {
      if (told.has(warning.id) || !warning.concerns(label, labels.slice(0, i))) continue;
      told.add(warning.id);
      before.set(i, [...(before.get(i) ?? []), warning.text(settings)]);
    }
  });
  return before;
}

import { defaultSettings, type PortalSettings } from '../settings';
import {
  attemptNetworkPin,
  isWellFormedNetworkPin,
  networkPinTriesLeft,
  unlockedNetworkPin,
  type NetworkPinCheck,
  type NetworkPinState,
} from './network-pin-rules';
import { isMobilePhoneNumber, normalizePhoneNumber } from './phone-number';
import type { DocomoId } from './docomo-id';
import { DocomoIds } from './docomo-ids';
import { MailSettings } from './mail-settings';
import { newNetworkPinProblem, type NetworkPinChoiceProblem } from './network-pin-choice-rules';
import { PortalClock } from './portal-clock';
import { SpModePasswords } from './sp-mode-passwords';
import { WifiAccounts } from './wifi-accounts';
import type { WifiCredentials } from './wifi-login-rules';

/** What a scenario or the standalone server knows about a line when it sets one up. */
export interface LineSeed {
  phoneNumber: string;
  networkPin: string;
  /** YYYY-MM-DD; kept for the rules that refuse a birthday as a new network PIN. */
  birthday?: string;
  docomoId?: DocomoId;
  /** 4 digits; the portal's default (0000) when not given. */
  spModePassword?: string;
  /** The line's docomo Wi-Fi user id and password, when it has the Wi-Fi service. */
  wifi?: WifiCredentials;
}

/** What changing a network PIN came to: the current PIN's check, or the new PIN's problem. */
export type NetworkPinChange =
  { outcome: 'changed' } | { outcome: 'refused'; check: Exclude<NetworkPinCheck, 'ok'> } | { outcome: 'unacceptable'; problem: NetworkPinChoiceProblem };

/** A line as the portal's pages and the spec's checks see it: never the network PIN itself. */
export interface Line {
  readonly phoneNumber: string;
  readonly birthday?: string;
  readonly docomoId?: Readonly<DocomoId>;
  readonly networkPinLocked: boolean;
  /** Wrong network PINs the customer may still enter before it locks. */
  readonly networkPinTriesLeft: number;
  /** True once too many wrong passwords in a row locked the line's docomo ID (docomo-id-lockout-rules.ts). */
  readonly docomoIdLocked: boolean;
}

interface LineRecord {
  phoneNumber: string;
  networkPin: string;
  pinState: NetworkPinState;
  /** How many times the PIN was changed: a proof of the old PIN must not open the pages. */
  pinChanges: number;
  birthday?: string;
}

/**
 * The portal's state and rules, with no HTTP in it: the lines the portal knows, keyed by phone
 * number (hyphens ignored). One instance per portal, so nothing is shared between portals.
 */
export class PortalModel {
  private readonly lines = new Map<string, LineRecord>();

  /** The other credentials of every line, kept apart from the docomo ID and the network PIN. */
  readonly spModePasswords: SpModePasswords;
  readonly wifiAccounts = new WifiAccounts();
  readonly mailSettings = new MailSettings();
  /** Every line's docomo ID, its lockout, and what 発行, 変更/ロック解除, 削除 and the login page do to it. */
  readonly docomoIds: DocomoIds;

  constructor(
    readonly settings: PortalSettings = { ...defaultSettings },
    /** What the rules that run out with time (the sp-mode password's lock) take as now. */
    readonly clock: PortalClock = new PortalClock(),
  ) {
    this.spModePasswords = new SpModePasswords(settings, clock);
    this.docomoIds = new DocomoIds(settings);
  }

  /** Registers a line; refuses a malformed seed or a number that is already registered. */
  addLine(seed: LineSeed): Line {
    const phoneNumber = normalizePhoneNumber(seed.phoneNumber);
    if (!isMobilePhoneNumber(phoneNumber)) {
      throw new Error(`Cannot add line "${seed.phoneNumber}": a phone number is 11 half-width digits starting 060, 070, 080 or 090, like 090-1234-5678.`);
    }
    if (this.lines.has(phoneNumber)) {
      throw new Error(`Cannot add line ${phoneNumber}: the portal already has it. Give each line its own phone number.`);
    }
    if (!isWellFormedNetworkPin(seed.networkPin)) {
      throw new Error(`Cannot add line ${phoneNumber}: its network PIN "${seed.networkPin}" is not 4 half-width digits.`);
    }
    if (seed.docomoId) this.docomoIds.register(phoneNumber, seed.docomoId);
    this.spModePasswords.register(phoneNumber, seed.spModePassword);
    if (seed.wifi) this.wifiAccounts.register(phoneNumber, seed.wifi);
    this.lines.set(phoneNumber, { phoneNumber, networkPin: seed.networkPin, pinState: unlockedNetworkPin, pinChanges: 0, birthday: seed.birthday });
    return this.viewOf(this.lines.get(phoneNumber)!);
  }

  /** The line with this phone number, or undefined when the portal does not know it. */
  line(phoneNumber: string): Line | undefined {
    const record = this.lines.get(normalizePhoneNumber(phoneNumber));
    return record && this.viewOf(record);
  }

  /** Every registered phone number, in the order they were added. */
  phoneNumbers(): string[] {
    return [...this.lines.keys()];
  }

  /**
   * Checks a network PIN the customer typed for this line and records the attempt
   * (see network-pin-rules.ts for what counts as a failure).
   */
  checkNetworkPin(phoneNumber: string, pin: string): NetworkPinCheck {
    const record = this.record(phoneNumber);
    const { check, state } = attemptNetworkPin(record.pinState, pin, record.networkPin, this.settings.networkPinMaxFailures);
    record.pinState = state;
    return check;
  }

  /**
   * Changes the line's network PIN. The current PIN is checked first, as an attempt that counts
   * towards the lock; only then are the new PIN's rules applied (network-pin-choice-rules.ts), so
   * nobody learns from the refusals (the birthday, say) without knowing the current PIN.
   */
  changeNetworkPin(phoneNumber: string, change: { current: string; next: string; confirmation: string }): NetworkPinChange {
    const record = this.record(phoneNumber);
    const check = this.checkNetworkPin(phoneNumber, change.current);
    if (check !== 'ok') return { outcome: 'refused', check };
    const problem = newNetworkPinProblem(change.next, change.confirmation, record);
    if (problem) return { outcome: 'unacceptable', problem };
    record.networkPin = change.next;
    record.pinChanges++;
    return { outcome: 'changed' };
  }

  /**
   * What a session's network PIN proof is checked against (http/session-store.ts): it changes
   * when the PIN is changed, and there is none while the PIN is locked, so a proof ends with both.
   */
  networkPinStamp(phoneNumber: string): string | undefined {
    const record = this.lines.get(normalizePhoneNumber(phoneNumber));
    if (!record || record.pinState.locked) return undefined;
    return String(record.pinChanges);
  }

  /** The line's docomo ID, or undefined when none was issued for it. */
  docomoIdOf(phoneNumber: string): DocomoId | undefined {
    return this.docomoIds.of(this.record(phoneNumber).phoneNumber);
  }

  private record(phoneNumber: string): LineRecord {
    const record = this.lines.get(normalizePhoneNumber(phoneNumber));
    if (!record) {
      const known = this.phoneNumbers().join(', ') || 'none';
      throw new Error(`No line ${phoneNumber} in this portal (lines: ${known}). Add it first with model.addLine({ phoneNumber, networkPin }).`);
    }
    return record;
  }

  private viewOf(record: LineRecord): Line {
    return {
      phoneNumber: record.phoneNumber,
      birthday: record.birthday,
      docomoId: this.docomoIds.of(record.phoneNumber),
      docomoIdLocked: this.docomoIds.isLocked(record.phoneNumber),
      networkPinLocked: record.pinState.locked,
      networkPinTriesLeft: networkPinTriesLeft(record.pinState, this.settings.networkPinMaxFailures),
    };
  }
}

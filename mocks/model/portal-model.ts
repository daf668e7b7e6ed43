import { defaultSettings, type PortalSettings } from '../settings';
import { attemptNetworkPin, isWellFormedNetworkPin, networkPinTriesLeft, unlockedNetworkPin, type NetworkPinCheck, type NetworkPinState } from './network-pin-rules';
import { isMobilePhoneNumber, normalizePhoneNumber } from './phone-number';

export interface DocomoId {
  userId: string;
  password: string;
}

/** What a scenario or the standalone server knows about a line when it sets one up. */
export interface LineSeed {
  phoneNumber: string;
  networkPin: string;
  /** YYYY-MM-DD; kept for the rules that refuse a birthday as a new network PIN. */
  birthday?: string;
  docomoId?: DocomoId;
}

/** A line as the portal's pages and the spec's checks see it: never the network PIN itself. */
export interface Line {
  readonly phoneNumber: string;
  readonly birthday?: string;
  readonly docomoId?: Readonly<DocomoId>;
  readonly networkPinLocked: boolean;
  /** Wrong network PINs the customer may still enter before it locks. */
  readonly networkPinTriesLeft: number;
}

interface LineRecord {
  phoneNumber: string;
  networkPin: string;
  pinState: NetworkPinState;
  birthday?: string;
  docomoId?: DocomoId;
}

/**
 * The portal's state and rules, with no HTTP in it: the lines the portal knows, keyed by phone
 * number (hyphens ignored). One instance per portal, so nothing is shared between portals.
 */
export class PortalModel {
  private readonly lines = new Map<string, LineRecord>();

  constructor(readonly settings: PortalSettings = { ...defaultSettings }) {}

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
    const docomoId = seed.docomoId && { ...seed.docomoId };
    this.lines.set(phoneNumber, { phoneNumber, networkPin: seed.networkPin, pinState: unlockedNetworkPin, birthday: seed.birthday, docomoId });
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

  /** The line's docomo ID, or undefined when none was issued for it. */
  docomoIdOf(phoneNumber: string): DocomoId | undefined {
    const docomoId = this.record(phoneNumber).docomoId;
    return docomoId && { ...docomoId };
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
      docomoId: record.docomoId && { ...record.docomoId },
      networkPinLocked: record.pinState.locked,
      networkPinTriesLeft: networkPinTriesLeft(record.pinState, this.settings.networkPinMaxFailures),
    };
  }
}

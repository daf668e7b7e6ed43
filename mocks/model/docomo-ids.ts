import type { PortalSettings } from '../settings';
import { DocomoIdGenerator } from './docomo-id-generator';
import { tooManyWrongPasswordsLockTheId, unlockedDocomoId, type DocomoIdLockState } from './docomo-id-lockout-rules';
import { passwordMatchesCaseSensitively } from './docomo-id-password-rules';
import { docomoIdChangeProblems, type DocomoIdChange, type DocomoIdProblem } from './docomo-id-problems';
import { normalizePhoneNumber } from './phone-number';
import type { DocomoId } from './docomo-id';

interface DocomoIdRecord {
  userId: string;
  password: string;
  lock: DocomoIdLockState;
}

export type DocomoIdChangeResult =
  | { outcome: 'changed'; docomoId: DocomoId; userIdChanged: boolean }
  | { outcome: 'refused'; problems: DocomoIdProblem[] }
  /** The line has no docomo ID to change. */
  | { outcome: 'no-docomo-id' };

/** What a login attempt came to; 'wrong' also for a user id no line has, which counts for nobody. */
export type DocomoIdLogin = { check: 'ok'; userId: string } | { check: 'wrong' } | { check: 'locked' };

/**
 * Every line's docomo ID and its lockout, keyed by phone number: at most one per line, and a user
 * id belongs to one line at most, because the login page looks an ID up among all of them. One
 * instance per portal (inside its PortalModel), so no count or lock crosses portals.
 */
export class DocomoIds {
  private readonly byLine = new Map<string, DocomoIdRecord>();

  constructor(
    private readonly settings: PortalSettings,
    private readonly generator: DocomoIdGenerator = new DocomoIdGenerator(),
  ) {}

  /**
   * Gives a line the docomo ID it already had when the scenario starts, as it is: IDs from before
   * today's rules (a phone number, a dot in the id) exist, so the rules are not applied to it.
   */
  register(phoneNumber: string, docomoId: DocomoId): void {
    const line = normalizePhoneNumber(phoneNumber);
    const owner = this.lineUsing(docomoId.userId);
    if (owner !== undefined && owner !== line) {
      throw new Error(`Cannot give line ${line} the docomo ID "${docomoId.userId}": line ${owner} has it. A docomo ID belongs to one line only.`);
    }
    this.byLine.set(line, { userId: docomoId.userId, password: docomoId.password, lock: unlockedDocomoId });
  }

  /** The line's docomo ID (a copy), or undefined when it has none. */
  of(phoneNumber: string): DocomoId | undefined {
    const record = this.byLine.get(normalizePhoneNumber(phoneNumber));
    return record && { userId: record.userId, password: record.password };
  }

  isLocked(phoneNumber: string): boolean {
    return this.byLine.get(normalizePhoneNumber(phoneNumber))?.lock.locked ?? false;
  }

  /**
   * 発行: gives the line a new docomo ID. On a line that has one this reissues it: a new user id
   * and a new password both, so the old ones stop working, and the new ID starts unlocked.
   */
  issue(phoneNumber: string): DocomoId {
    const line = normalizePhoneNumber(phoneNumber);
    const old = this.byLine.get(line);
    const fresh = this.generator.next(this.settings, (userId) => this.lineUsing(userId) === undefined, old?.password);
    this.byLine.set(line, { ...fresh, lock: unlockedDocomoId });
    return { ...fresh };
  }

  /**
   * 変更/ロック解除: sets a new password, and a new user id when the form's user id is not the
   * current one. Either way the lock and the count of wrong passwords start afresh: keeping the
   * pre-filled user id is how a locked ID is unlocked.
   */
  change(change: Omit<DocomoIdChange, 'currentUserId'>): DocomoIdChangeResult {
    const line = normalizePhoneNumber(change.phoneNumber);
    const record = this.byLine.get(line);
    if (!record) return { outcome: 'no-docomo-id' };
    const problems = docomoIdChangeProblems({ ...change, phoneNumber: line, currentUserId: record.userId }, this.settings, (userId) => {
      const owner = this.lineUsing(userId);
      return owner !== undefined && owner !== line;
    });
    if (problems.length > 0) return { outcome: 'refused', problems };
    const userIdChanged = change.userId !== record.userId;
    this.byLine.set(line, { userId: change.userId, password: change.password, lock: unlockedDocomoId });
    return { outcome: 'changed', docomoId: { userId: change.userId, password: change.password }, userIdChanged };
  }

  /** 削除: the line has no docomo ID afterwards. False when it had none. */
  delete(phoneNumber: string): boolean {
    return this.byLine.delete(normalizePhoneNumber(phoneNumber));
  }

  /**
   * The login page's check: the user id is looked up among every line's docomo ID, and a wrong
   * password counts against that ID only (tooManyWrongPasswordsLockTheId).
   */
  logIn(userId: string, password: string): DocomoIdLogin {
    const line = this.lineUsing(userId);
    const record = line === undefined ? undefined : this.byLine.get(line);
    if (!record) return { check: 'wrong' };
    const right = passwordMatchesCaseSensitively(password, record.password);
    const { check, state } = tooManyWrongPasswordsLockTheId(record.lock, right, this.settings.docomoIdLoginMaxFailures);
    record.lock = state;
    return check === 'ok' ? { check, userId: record.userId } : { check };
  }

  private lineUsing(userId: string): string | undefined {
    for (const [line, record] of this.byLine) if (record.userId === userId) return line;
    return undefined;
  }
}

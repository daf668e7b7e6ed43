import { randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'sid';

/** What a session needs to know of the portal to judge its own network PIN proofs. */
export interface SessionPolicy {
  /** The portal's "now" (model/portal-clock.ts), so a test can let a proof go idle in no time. */
  now: () => Date;
  /** How long a network PIN proof lasts unused (settings.ts, networkPinProofIdleMinutes). */
  pinProofIdleMs: number;
  /**
   * The line's network PIN as a proof may rely on it: a stamp that changes when the PIN does, and
   * undefined while it is locked. A proof made under another stamp proves nothing.
   */
  networkPinStamp: (phoneNumber: string) => string | undefined;
}

interface PinProof {
  stamp: string;
  lastUsed: number;
}

const newSecret = () => randomBytes(18).toString('base64url');

/** One browser's visit to one portal: what it has proven so far. */
export class Session {
  private readonly pinVerified = new Map<string, PinProof>();
  private currentId: string;
  private token = newSecret();

  constructor(
    id: string,
    private readonly policy: SessionPolicy,
  ) {
    this.currentId = id;
  }

  /** The cookie's value; it changes at each privilege change (SessionStore.renew). */
  get id(): string {
    return this.currentId;
  }

  /** The secret every state-changing form of this session carries (http/form-token.ts). */
  get formToken(): string {
    return this.token;
  }

  /**
   * A network PIN proves access for one operation on one line only: switching the phone's line
   * (possible in the standalone server) must not show another line's docomo ID.
   */
  markNetworkPinVerified(phoneNumber: string, operation: string): void {
    const stamp = this.policy.networkPinStamp(phoneNumber);
    if (stamp !== undefined) this.pinVerified.set(`${phoneNumber} ${operation}`, { stamp, lastUsed: this.policy.now().getTime() });
  }

  /**
   * True while the proof holds: the PIN has not changed or locked since, and the proof was used
   * within the idle time. A customer who leaves the docomo ID's password on screen and walks away
   * must type the PIN again, as on any portal that shows a secret.
   */
  hasVerifiedNetworkPin(phoneNumber: string, operation: string): boolean {
    const key = `${phoneNumber} ${operation}`;
    const proof = this.pinVerified.get(key);
    if (!proof) return false;
    const now = this.policy.now().getTime();
    if (proof.stamp !== this.policy.networkPinStamp(phoneNumber) || now - proof.lastUsed > this.policy.pinProofIdleMs) {
      this.pinVerified.delete(key);
      return false;
    }
    proof.lastUsed = now;
    return true;
  }

  /** Only SessionStore.renew calls this, so the store's index follows the id. */
  assignId(id: string): void {
    this.currentId = id;
    this.token = newSecret();
  }
}

/** The sessions of one portal instance; a session id from another portal is simply unknown here. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly policy: SessionPolicy,
    private readonly newId: () => string = newSecret,
  ) {}

  find(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  create(): Session {
    const session = new Session(this.newId(), this.policy);
    this.sessions.set(session.id, session);
    return session;
  }

  /**
   * Gives the session a new id (and form token) when it gains a privilege: the network PIN, a
   * login, the sp-mode password. An id planted in the browser before (session fixation) then reads
   * nothing; withSession sends the new id's cookie.
   */
  renew(session: Session): void {
    this.sessions.delete(session.id);
    session.assignId(this.newId());
    this.sessions.set(session.id, session);
  }
}

export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; HttpOnly; Path=/; SameSite=Lax`;
}

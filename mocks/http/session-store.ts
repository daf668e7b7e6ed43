import { randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'sid';

/** One browser's visit to one portal: what it has proven so far. */
export class Session {
  private readonly pinVerified = new Set<string>();

  constructor(readonly id: string) {}

  /**
   * A network PIN proves access for one operation on one line only: switching the phone's line
   * (possible in the standalone server) must not show another line's docomo ID.
   */
  markNetworkPinVerified(phoneNumber: string, operation: string): void {
    this.pinVerified.add(`${phoneNumber} ${operation}`);
  }

  hasVerifiedNetworkPin(phoneNumber: string, operation: string): boolean {
    return this.pinVerified.has(`${phoneNumber} ${operation}`);
  }
}

/** The sessions of one portal instance; a session id from another portal is simply unknown here. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly newId: () => string = () => randomBytes(18).toString('base64url')) {}

  find(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  create(): Session {
    const session = new Session(this.newId());
    this.sessions.set(session.id, session);
    return session;
  }
}

export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; HttpOnly; Path=/; SameSite=Lax`;
}

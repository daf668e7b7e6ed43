import type { Session } from '../http/session-store';

/**
 * What a session has proven beyond the network PIN (Session tracks that one): the sp-mode
 * password for the mail settings, a finished purchase or change whose page may now be shown.
 * One instance per portal, made with its handlers, so nothing is shared between portals.
 */
export class SessionProofs {
  private readonly proofs = new WeakMap<Session, Set<string>>();

  prove(session: Session, phoneNumber: string, what: string): void {
    let proven = this.proofs.get(session);
    if (!proven) this.proofs.set(session, (proven = new Set()));
    proven.add(`${phoneNumber} ${what}`);
  }

  has(session: Session, phoneNumber: string, what: string): boolean {
    return this.proofs.get(session)?.has(`${phoneNumber} ${what}`) ?? false;
  }
}

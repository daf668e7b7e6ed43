import type { PortalWorld } from './world';

/** A docomo ID as the customer writes it down. */
export interface DocomoIdCredentials {
  userId: string;
  password: string;
}

/** Her docomo ID as she knows it now; a clear error when her line table gave none. */
export function docomoIdOf(world: PortalWorld): DocomoIdCredentials {
  const docomoId = world.customer.docomoId;
  if (!docomoId) throw new Error(`${world.customer.name} has no docomo ID yet: add "docomo ID" and "password" rows to her line table, or create one first.`);
  return docomoId;
}

/** The docomo ID she had before it was replaced; a clear error when nothing replaced it. */
export function formerDocomoIdOf(world: PortalWorld): DocomoIdCredentials {
  if (!world.formerDocomoId) throw new Error(`${world.customer.name}'s docomo ID was never replaced in this scenario: there is no old one to try.`);
  return world.formerDocomoId;
}

/** She writes down the docomo ID the portal gave her or she chose, and keeps the old one in mind. */
export function noteNewDocomoId(world: PortalWorld, next: DocomoIdCredentials): void {
  world.formerDocomoId = world.customer.docomoId;
  world.customer.docomoId = { ...next };
}

/** A typo of her password: the last character left out. */
export function mistyped(password: string): string {
  return password.length > 1 ? password.slice(0, -1) : `${password}x`;
}

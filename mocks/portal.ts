import type { RequestHandler } from 'msw';
import { portalHandlers } from './handlers/portal-handlers';
import { SessionStore } from './http/session-store';
import { PortalClock } from './model/portal-clock';
import { PortalModel, type LineSeed } from './model/portal-model';
import { portalRevisions, type PortalRevision } from './revisions';
import { defaultSettings, type PortalSettings } from './settings';

export type { LineSeed } from './model/portal-model';

/** The real portal's origin; tests route it to the handlers, the standalone server uses its own. */
export const PORTAL_ORIGIN = 'https://smt.docomo.ne.jp';

export interface Portal {
  model: PortalModel;
  handlers: RequestHandler[];
  settings: PortalSettings;
  /** The portal's "now": real time unless set (a test sets it together with the browser's clock). */
  clock: PortalClock;
  revision: PortalRevision;
}

export interface PortalOptions {
  /** Which portal to be (see revisions.ts); the current one unless given. */
  revision?: PortalRevision;
  settings?: Partial<PortalSettings>;
  lines?: LineSeed[];
  clock?: PortalClock;
}

/**
 * A fresh mocked portal: its own model, sessions and handlers. Nothing is shared between two
 * calls, so each scenario can have a portal of its own.
 */
export function createPortal(options: PortalOptions = {}): Portal {
  const revision = options.revision ?? portalRevisions.current;
  const settings: PortalSettings = { ...defaultSettings, ...revision.settings, ...options.settings };
  const clock = options.clock ?? new PortalClock();
  const model = new PortalModel(settings, clock);
  for (const line of options.lines ?? []) model.addLine(line);
  const sessions = new SessionStore({
    now: () => clock.now(),
    pinProofIdleMs: settings.networkPinProofIdleMinutes * 60_000,
    networkPinStamp: (phoneNumber) => model.networkPinStamp(phoneNumber),
  });
  const handlers = portalHandlers({ model, sessions, settings, revision });
  return { model, handlers, settings, clock, revision };
}

import type { RequestHandler } from 'msw';
import { portalHandlers } from './handlers/portal-handlers';
import { SessionStore } from './http/session-store';
import { PortalModel, type LineSeed } from './model/portal-model';
import { defaultSettings, type PortalSettings } from './settings';

export type { LineSeed } from './model/portal-model';

/** The real portal's origin; tests route it to the handlers, the standalone server uses its own. */
export const PORTAL_ORIGIN = 'https://smt.docomo.ne.jp';

export interface Portal {
  model: PortalModel;
  handlers: RequestHandler[];
  settings: PortalSettings;
}

export interface PortalOptions {
  settings?: Partial<PortalSettings>;
  lines?: LineSeed[];
}

/**
 * A fresh mocked portal: its own model, sessions and handlers. Nothing is shared between two
 * calls, so each scenario can have a portal of its own.
 */
export function createPortal(options: PortalOptions = {}): Portal {
  const settings: PortalSettings = { ...defaultSettings, ...options.settings };
  const model = new PortalModel(settings);
  for (const line of options.lines ?? []) model.addLine(line);
  const handlers = portalHandlers({ model, sessions: new SessionStore(), settings });
  return { model, handlers, settings };
}

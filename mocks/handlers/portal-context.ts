import type { SessionStore } from '../http/session-store';
import type { PortalModel } from '../model/portal-model';
import type { PortalRevision } from '../revisions';
import type { PortalSettings } from '../settings';

/** What one portal's handlers share, and nothing beyond that portal. */
export interface PortalContext {
  model: PortalModel;
  sessions: SessionStore;
  settings: PortalSettings;
  revision: PortalRevision;
}

import type { PortalSettings } from './settings';

/**
 * Portal revisions: the portal as the guide documents it (`current`), and a redesign that shows
 * what `npm run verify` reports when the portal changes under the guide. Chosen with the
 * PORTAL_REVISION environment variable; `current` is the default and what the spec passes on.
 */
export interface PortalRevision {
  name: string;
  /** What changed, in a sentence, for the standalone server's banner and the drift report's reader. */
  summary: string;
  settings: Partial<PortalSettings>;
  /** The heading of the docomo ID login page. */
  loginHeading: string;
  /** Deleting asks a second time, on a final confirmation page, before the ID is gone. */
  deleteAsksTwice: boolean;
}

export const portalRevisions = {
  current: {
    name: 'current',
    summary: 'The portal as the guide documents it.',
    settings: {},
    loginHeading: 'docomo IDでログイン',
    deleteAsksTwice: false,
  },
  redesign: {
    name: 'redesign',
    summary:
      'A redesign: the login page is retitled for d ACCOUNT, deleting a docomo ID asks for a final confirmation, and passwords must be at least 10 characters.',
    settings: { passwordMinLength: 10 },
    loginHeading: 'dアカウントでログイン',
    deleteAsksTwice: true,
  },
} satisfies Record<string, PortalRevision>;

const PORTAL_REVISION_VARIABLE = 'PORTAL_REVISION';

/** The revision PORTAL_REVISION names; an unknown name is an error that lists the known ones. */
export function portalRevisionFromEnv(env: NodeJS.ProcessEnv = process.env): PortalRevision {
  const name = env[PORTAL_REVISION_VARIABLE] || 'current';
  const revision = (portalRevisions as Record<string, PortalRevision>)[name];
  if (!revision) {
    throw new Error(
      `${PORTAL_REVISION_VARIABLE}=${name} is not a portal revision. Use one of: ${Object.keys(portalRevisions).join(', ')} (or leave it unset for current).`,
    );
  }
  return revision;
}

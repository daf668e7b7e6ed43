import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import type { SpModePasswordAttempt } from '../model/sp-mode-passwords';
import { portalPaths } from '../portal-paths';
import { SpModePasswordLockedPage } from '../views/sp-mode-password-locked-page';
import { credentialMessages as messages } from '../model/credential-messages';
import type { PortalContext } from './portal-context';

/**
 * The same answer to a refused sp-mode password wherever it is asked: the locked page while it is
 * locked, otherwise the form again (`form`) with what was wrong and the tries left.
 */
export function refusedSpModePassword(
  context: PortalContext,
  attempt: SpModePasswordAttempt,
  form: (errors: string[]) => Response,
  wording: { wrong: string; malformed: string } = { wrong: messages.spModePasswordWrong, malformed: messages.spModePasswordMalformed },
): Response {
  if (attempt.check === 'locked' && attempt.lockedUntil) {
    return htmlResponse(
      423,
      createElement(SpModePasswordLockedPage, {
        maxFailures: context.settings.spModePasswordMaxFailures,
        lockedUntil: attempt.lockedUntil,
        resetPath: portalPaths.spModePasswordReset,
      }),
    );
  }
  if (attempt.check === 'invalid') return form([wording.malformed]);
  return form([wording.wrong, messages.spModePasswordTriesLeft(attempt.triesLeft)]);
}

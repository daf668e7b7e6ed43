import type { PortalSettings } from '../settings';
import { docomoIdMessages } from './docomo-id-messages';
import {
  passwordConfirmationMatches,
  passwordDiffersFromUserId,
  passwordHasAllowedLength,
  passwordMixesLettersAndDigits,
  passwordUsesAllowedCharacters,
} from './docomo-id-password-rules';
import { phoneNumberUserIdIsOwnNumber, userIdHasAllowedShape, userIdIsUnused } from './docomo-id-user-id-rules';

/** The name of the rule a change broke: the function in docomo-id-*-rules.ts that said no. */
export type DocomoIdRule =
  | 'userIdHasAllowedShape'
  | 'phoneNumberUserIdIsOwnNumber'
  | 'userIdIsUnused'
  | 'passwordUsesAllowedCharacters'
  | 'passwordHasAllowedLength'
  | 'passwordMixesLettersAndDigits'
  | 'passwordDiffersFromUserId'
  | 'passwordConfirmationMatches';

export interface DocomoIdProblem {
  rule: DocomoIdRule;
  /** The portal's message for it, in Japanese. */
  message: string;
}

/** What the 変更/ロック解除 form sends, with the line it is for. */
export interface DocomoIdChange {
  phoneNumber: string;
  /** The user id the line has now: the one pre-filled in the form. */
  currentUserId: string;
  /** The user id in the form when it was sent: the pre-filled one kept, or another. */
  userId: string;
  password: string;
  confirmation: string;
}

/**
 * Every rule the change breaks, in the order the form shows its fields. The user id rules apply
 * only to a new user id: keeping the pre-filled one is always allowed, even an ID from before
 * the rules (old IDs were often the phone number itself). The password rules always apply, and
 * "differs from the user id" compares with the user id the password will belong to.
 */
export function docomoIdChangeProblems(change: DocomoIdChange, settings: PortalSettings, usedByAnotherLine: (userId: string) => boolean): DocomoIdProblem[] {
  const { userId, password, confirmation } = change;
  const problems: DocomoIdProblem[] = [];
  const broken = (rule: DocomoIdRule, message: string) => problems.push({ rule, message });

  if (userId !== change.currentUserId) {
    if (!userIdHasAllowedShape(userId, settings)) broken('userIdHasAllowedShape', docomoIdMessages.userIdShape(settings));
    else if (!phoneNumberUserIdIsOwnNumber(userId, change.phoneNumber)) broken('phoneNumberUserIdIsOwnNumber', docomoIdMessages.userIdPhoneNumber);
    else if (!userIdIsUnused(userId, usedByAnotherLine)) broken('userIdIsUnused', docomoIdMessages.userIdTaken);
  }
  if (!passwordUsesAllowedCharacters(password)) broken('passwordUsesAllowedCharacters', docomoIdMessages.passwordCharacters);
  if (!passwordHasAllowedLength(password, settings)) broken('passwordHasAllowedLength', docomoIdMessages.passwordLength(settings));
  if (!passwordMixesLettersAndDigits(password)) broken('passwordMixesLettersAndDigits', docomoIdMessages.passwordMix);
  if (!passwordDiffersFromUserId(password, userId)) broken('passwordDiffersFromUserId', docomoIdMessages.passwordSameAsUserId);
  if (!passwordConfirmationMatches(password, confirmation)) broken('passwordConfirmationMatches', docomoIdMessages.passwordConfirmation);
  return problems;
}

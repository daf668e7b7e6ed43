import type { PortalSettings } from '../settings';

/**
 * The portal's Japanese messages about the docomo ID, in one place. The pages show them as they
 * are; the spec's screen labels (steps/pages/screen-label.ts) repeat them with their English
 * meaning, so a reworded message fails the spec instead of drifting from the guide. Messages that
 * name a limit take it from the portal's settings.
 */
export const docomoIdMessages = {
  userIdShape: (s: Pick<PortalSettings, 'userIdMinLength' | 'userIdMaxLength'>) =>
    `docomo IDは、${s.userIdMinLength}〜${s.userIdMaxLength}文字の半角英数字か、メールアドレスで入力してください。`,
  userIdPhoneNumber: '電話番号をdocomo IDにする場合は、この回線の携帯電話番号を入力してください。',
  userIdTaken: 'このdocomo IDはすでに使われています。別のdocomo IDを入力してください。',
  passwordCharacters: 'パスワードに使えるのは、半角の英字・数字・記号です。',
  passwordLength: (s: Pick<PortalSettings, 'passwordMinLength' | 'passwordMaxLength'>) =>
    `パスワードは、${s.passwordMinLength}〜${s.passwordMaxLength}文字で入力してください。`,
  passwordMix: 'パスワードは、英字と数字を組み合わせてください。',
  passwordSameAsUserId: 'パスワードは、docomo IDと異なるものにしてください。',
  passwordConfirmation: '確認用のパスワードが一致しません。',
  loginWrong: 'docomo IDまたはパスワードが正しくありません。',
  loginMissing: 'docomo IDとパスワードを入力してください。',
  loginLocked: (maxFailures: number) => `パスワードを続けて${maxFailures}回間違えたため、このdocomo IDはロックされています。`,
  consentRequired: 'docomo IDを発行するには、利用規約に同意してください。',
  deleteConfirmationRequired: '削除する場合は、「削除する」を押してください。',
};

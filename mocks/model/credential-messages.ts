import type { NetworkPinChoiceProblem } from './network-pin-choice-rules';
import type { NewSpModePasswordProblem } from './sp-mode-password-rules';

/** The portal's Japanese messages for the sp-mode password, network PIN and Wi-Fi forms, in one place. */
export const credentialMessages = {
  spModePasswordWrong: 'spモードパスワードが正しくありません。',
  spModePasswordTriesLeft: (left: number) => `あと${left}回間違えると、spモードパスワードがロックされます。`,
  spModePasswordMalformed: 'spモードパスワードは、4桁の半角数字で入力してください。',
  currentSpModePasswordWrong: '現在のspモードパスワードが正しくありません。',
  currentSpModePasswordMalformed: '現在のspモードパスワードは、4桁の半角数字で入力してください。',
  newSpModePassword: {
    malformed: '新しいspモードパスワードは、4桁の半角数字で入力してください。',
    mismatch: '新しいspモードパスワードと確認用の入力が一致しません。',
  } satisfies Record<NewSpModePasswordProblem, string>,
  networkPinWrong: 'ネットワーク暗証番号が正しくありません。',
  networkPinTriesLeft: (left: number) => `あと${left}回間違えると、ネットワーク暗証番号がロックされます。`,
  networkPinMalformed: 'ネットワーク暗証番号は、4桁の半角数字で入力してください。',
  currentNetworkPinWrong: '現在のネットワーク暗証番号が正しくありません。',
  currentNetworkPinMalformed: '現在のネットワーク暗証番号は、4桁の半角数字で入力してください。',
  newNetworkPin: {
    malformed: '新しいネットワーク暗証番号は、4桁の半角数字で入力してください。',
    'same-digits': '同じ数字が4つ並ぶ番号（0000、1111など）は設定できません。',
    birthday: '生年月日から作られる番号は設定できません。',
    'phone-number': 'ご利用中の電話番号に含まれる番号は設定できません。',
    mismatch: '新しいネットワーク暗証番号と確認用の入力が一致しません。',
  } satisfies Record<NetworkPinChoiceProblem, string>,
  wifiLoginWrong: 'ユーザーIDまたはパスワードが正しくありません。',
  wifiLoginMalformed: 'ユーザーIDとパスワードを、それぞれ64文字以内で入力してください。',
};

/**
 * The names of the credential pages the portal shows in more than one place: the menu's link, the
 * page's own title, the network PIN form ("「…」に進むには") and the done page all say the same.
 */
export const credentialPageTitles = {
  networkPinChange: 'ネットワーク暗証番号の変更',
  spModePasswordChange: 'spモードパスワードの変更',
  spModePasswordReset: 'spモードパスワードのリセット',
  wifiCredentials: 'Wi-Fiのユーザー情報',
};

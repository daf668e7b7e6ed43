/**
 * A label the customer must find on the portal's screen, with what it means in English.
 * The labels are written here again, not imported from the mock: a renamed button on the portal
 * must fail the spec, not silently follow it.
 *
 * The guide reads a tapped label as "Tap 「ja」 (en)." and a filled one as "Enter your <en> in
 * 「ja」.", so a field's English names what is typed into it, in lower case ("network PIN"), and
 * no English holds brackets of its own, which would nest in the guide's.
 */
export interface ScreenLabel {
  ja: string;
  en: string;
}

export const screenLabels = {
  customerSupport: { ja: 'お客様サポート', en: 'Customer Support' },
  docomoIdPassword: { ja: 'docomo ID/パスワード', en: 'docomo ID / password' },
  create: { ja: '発行', en: 'Issue: create or reissue' },
  verify: { ja: '確認', en: 'Check / verify' },
  changeUnlock: { ja: '変更/ロック解除', en: 'Change / unlock' },
  delete: { ja: '削除', en: 'Delete' },
  networkPin: { ja: 'ネットワーク暗証番号', en: 'network PIN' },
  networkPinEntry: { ja: 'ネットワーク暗証番号の入力', en: 'Enter your network PIN' },
  next: { ja: '次へ', en: 'Next' },
  docomoIdCheck: { ja: 'docomo IDの確認', en: 'Your docomo ID' },
  docomoId: { ja: 'docomo ID', en: 'docomo ID' },
  password: { ja: 'パスワード', en: 'password' },
  notAvailable: { ja: 'ご利用いただけません', en: 'Not available over Wi-Fi or tethering' },
  turnOffWifi: {
    ja: 'Wi-Fiとテザリングをオフにして、spモードで接続してから、もう一度お試しください',
    en: 'Turn off Wi-Fi and tethering, connect over sp-mode, then try again',
  },
  wrongNetworkPin: { ja: 'ネットワーク暗証番号が正しくありません', en: 'The network PIN is wrong' },
  // The other credentials: sp-mode password, network PIN change, Wi-Fi, content payment.
  mailSettingsTopic: { ja: 'ドコモメールの設定', en: 'docomo mail settings' },
  spModePassword: { ja: 'spモードパスワード', en: 'sp-mode password' },
  spModePasswordEntry: { ja: 'spモードパスワードの入力', en: 'Enter your sp-mode password' },
  wrongSpModePassword: { ja: 'spモードパスワードが正しくありません', en: 'The sp-mode password is wrong' },
  spModePasswordLocked: { ja: 'spモードパスワードがロックされています', en: 'Your sp-mode password is locked' },
  mailSettings: { ja: 'メール設定', en: 'Mail settings' },
  spamFilter: { ja: '迷惑メールフィルターを利用する', en: 'Use the spam filter' },
  applySettings: { ja: '設定する', en: 'Save the settings' },
  mailSettingsChanged: { ja: 'メール設定を変更しました', en: 'Your mail settings were changed' },
  spamFilterOn: { ja: '迷惑メールフィルター：利用する', en: 'Spam filter: on' },
  spModeTopic: { ja: 'spモードのご利用・設定', en: 'sp-mode: use and settings' },
  spModePasswordChange: { ja: 'spモードパスワードの変更', en: 'Change your sp-mode password' },
  spModePasswordReset: { ja: 'spモードパスワードのリセット', en: 'Reset your sp-mode password to 0000' },
  currentSpModePassword: { ja: '現在のspモードパスワード', en: 'current sp-mode password' },
  newSpModePassword: { ja: '新しいspモードパスワード', en: 'new sp-mode password' },
  newSpModePasswordAgain: { ja: '新しいspモードパスワード（確認用）', en: 'new sp-mode password again, to confirm' },
  change: { ja: '変更する', en: 'Change' },
  spModePasswordChanged: { ja: 'spモードパスワードを変更しました', en: 'Your sp-mode password was changed' },
  wrongCurrentSpModePassword: { ja: '現在のspモードパスワードが正しくありません', en: 'The current sp-mode password is wrong' },
  newSpModePasswordNotFourDigits: {
    ja: '新しいspモードパスワードは、4桁の半角数字で入力してください',
    en: 'The new sp-mode password must be 4 half-width digits',
  },
  newSpModePasswordMismatch: { ja: '新しいspモードパスワードと確認用の入力が一致しません', en: 'The new sp-mode password and its confirmation differ' },
  spModePasswordResetToDefault: { ja: 'spモードパスワードを「0000」にリセットしました', en: 'Your sp-mode password was reset to 0000' },
  contractTopic: { ja: 'ご契約内容の確認・変更', en: 'Check or change your contract' },
  networkPinChange: { ja: 'ネットワーク暗証番号の変更', en: 'Change your network PIN' },
  currentNetworkPin: { ja: '現在のネットワーク暗証番号', en: 'current network PIN' },
  newNetworkPin: { ja: '新しいネットワーク暗証番号', en: 'new network PIN' },
  newNetworkPinAgain: { ja: '新しいネットワーク暗証番号（確認用）', en: 'new network PIN again, to confirm' },
  networkPinChanged: { ja: 'ネットワーク暗証番号を変更しました', en: 'Your network PIN was changed' },
  wrongCurrentNetworkPin: { ja: '現在のネットワーク暗証番号が正しくありません', en: 'The current network PIN is wrong' },
  newNetworkPinSameDigits: {
    ja: '同じ数字が4つ並ぶ番号（0000、1111など）は設定できません',
    en: 'A PIN of one digit four times, such as 0000 or 1111, cannot be set',
  },
  newNetworkPinBirthday: { ja: '生年月日から作られる番号は設定できません', en: 'A PIN made from your birthday cannot be set' },
  newNetworkPinPhoneNumber: { ja: '電話番号に含まれる番号は設定できません', en: 'A PIN taken from your phone number cannot be set' },
  newNetworkPinMismatch: { ja: '新しいネットワーク暗証番号と確認用の入力が一致しません', en: 'The new network PIN and its confirmation differ' },
  newNetworkPinMalformed: { ja: '新しいネットワーク暗証番号は、4桁の半角数字で入力してください', en: 'Type the new network PIN as 4 half-width digits' },
  networkPinLocked: { ja: 'ネットワーク暗証番号がロックされています', en: 'Your network PIN is locked' },
  docomoShop: { ja: 'ドコモショップ', en: 'docomo shop' },
  wifiTopic: { ja: 'Wi-Fiサービス', en: 'Wi-Fi service' },
  wifiCredentialsLink: { ja: 'ユーザーID・パスワードの確認', en: 'See your Wi-Fi user id and password' },
  wifiCredentials: { ja: 'Wi-Fiのユーザー情報', en: 'Your Wi-Fi user id and password' },
  userId: { ja: 'ユーザーID', en: 'Wi-Fi user id' },
  wifiLogin: { ja: 'docomo Wi-Fi ログイン', en: 'docomo Wi-Fi login' },
  logIn: { ja: 'ログイン', en: 'Log in' },
  wrongWifiLogin: { ja: 'ユーザーIDまたはパスワードが正しくありません', en: 'The user id or password is wrong' },
  wifiConnected: { ja: 'Wi-Fiに接続しました', en: 'Connected to Wi-Fi' },
  docomoIdLogin: { ja: 'docomo IDでログイン', en: 'Log in with your docomo ID' },
  loggedIn: { ja: 'ログインしました', en: 'You are logged in' },
  contentPurchase: { ja: 'コンテンツの購入', en: 'Buy content' },
  buy: { ja: '購入する', en: 'Buy' },
  purchased: { ja: 'ご購入ありがとうございました', en: 'Thank you for your purchase' },
  docomoIdIssuePage: { ja: 'docomo IDの発行', en: 'Issue a docomo ID' },
  docomoIdChangePage: { ja: 'docomo IDの変更/ロック解除', en: 'Change or unlock your docomo ID' },
  docomoIdDeletePage: { ja: 'docomo IDの削除', en: 'Delete your docomo ID' },
  // The docomo ID's lifecycle (発行, 変更/ロック解除, 削除), its login page and its rules.
  noDocomoIdYet: { ja: 'この回線には、docomo IDがまだ発行されていません', en: 'This line has no docomo ID yet' },
  docomoIdTerms: { ja: 'docomo ID利用規約', en: 'docomo ID terms of use' },
  agree: { ja: '同意する', en: 'Agree' },
  reissueWarning: { ja: 'いまのdocomo IDとパスワードは使えなくなります', en: 'Your current docomo ID and password will stop working' },
  docomoIdIssued: { ja: 'docomo IDを発行しました', en: 'Your docomo ID has been issued' },
  newPassword: { ja: '新しいパスワード', en: 'new password' },
  newPasswordAgain: { ja: '新しいパスワード（確認）', en: 'new password again, to confirm' },
  keepUserIdExplained: { ja: 'そのままにすると', en: 'Left as it is, the docomo ID field…' },
  keepUserIdMeaning: { ja: 'docomo IDは変わらず、新しいパスワードが設定されます', en: '…the docomo ID stays the same and gets the new password' },
  newPasswordUnlocks: { ja: '新しいパスワードを設定すると、ロックが解除されます', en: 'Setting a new password unlocks it' },
  changeDone: { ja: '変更が完了しました', en: 'The change is done' },
  userIdUnchanged: { ja: 'docomo IDは変わりません', en: 'Your docomo ID stays the same' },
  userIdAndPasswordChanged: { ja: 'docomo IDとパスワードを変更しました', en: 'Your docomo ID and password were changed' },
  docomoIdLockedNotice: { ja: 'このdocomo IDはロックされています', en: 'This docomo ID is locked' },
  confirmDelete: { ja: '削除する', en: 'Delete it' },
  keepDocomoId: { ja: '削除しない', en: 'Do not delete' },
  docomoIdDeleted: { ja: 'docomo IDを削除しました', en: 'Your docomo ID has been deleted' },
  wrongDocomoIdLogin: { ja: 'docomo IDまたはパスワードが正しくありません', en: 'The docomo ID or password is wrong' },
  docomoIdLocked: { ja: 'docomo IDがロックされています', en: 'Your docomo ID is locked' },
  passwordSameAsUserId: { ja: 'パスワードは、docomo IDと異なるものにしてください', en: 'The password must differ from the docomo ID' },
  passwordMustMix: { ja: 'パスワードは、英字と数字を組み合わせてください', en: 'The password must mix letters and digits' },
  passwordCharacters: { ja: 'パスワードに使えるのは、半角の英字・数字・記号です', en: 'A password may use half-width letters, digits and symbols only' },
  /** {min} and {max} are filled in from the portal's settings (label-with-limits.ts). */
  passwordLength: { ja: 'パスワードは、{min}〜{max}文字で入力してください', en: 'A password is {min} to {max} characters long' },
  passwordsDiffer: { ja: '確認用のパスワードが一致しません', en: 'The two new passwords do not match' },
  /** {min} and {max} are filled in from the portal's settings (label-with-limits.ts). */
  userIdShape: {
    ja: 'docomo IDは、{min}〜{max}文字の半角英数字か、メールアドレスで入力してください',
    en: 'A docomo ID is {min} to {max} half-width letters and digits, or an email address',
  },
  userIdTaken: { ja: 'このdocomo IDはすでに使われています。別のdocomo IDを入力してください', en: 'That docomo ID is already taken: type a different one' },
  userIdPhoneNumber: {
    ja: '電話番号をdocomo IDにする場合は、この回線の携帯電話番号を入力してください',
    en: "A phone number as the docomo ID must be this line's own mobile number",
  },
} satisfies Record<string, ScreenLabel>;

/**
 * Fields whose label several forms share, by what is typed into them there: パスワード is the
 * docomo ID's password on one form and the Wi-Fi password on another, and the guide's "Enter your
 * <en> in 「ja」." must name the right one. Apart from `screenLabels`, so that `screenLabelFor`
 * still finds exactly one meaning for a Japanese text.
 */
export const fieldMeanings = {
  docomoIdPassword: { ja: screenLabels.password.ja, en: "docomo ID's password" },
  wifiPassword: { ja: screenLabels.password.ja, en: 'Wi-Fi password' },
  newDocomoId: { ja: screenLabels.docomoId.ja, en: 'new docomo ID' },
} satisfies Record<string, ScreenLabel>;

/** "N more wrong ones lock it", as the portal counts down after each wrong try: the number is the portal's. */
export const triesLeftLabels = {
  networkPin: (left: number): ScreenLabel => ({
    ja: `あと${left}回間違えると、ネットワーク暗証番号がロックされます`,
    en: `${left} more wrong ${left === 1 ? 'try' : 'tries'} and the network PIN will be locked`,
  }),
  spModePassword: (left: number): ScreenLabel => ({
    ja: `あと${left}回間違えると、spモードパスワードがロックされます`,
    en: `${left} more wrong ${left === 1 ? 'try' : 'tries'} and the sp-mode password will be locked`,
  }),
};

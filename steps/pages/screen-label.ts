/**
 * A label the customer must find on the portal's screen, with what it means in English.
 * The labels are written here again, not imported from the mock: a renamed button on the portal
 * must fail the spec, not silently follow it.
 */
export interface ScreenLabel {
  ja: string;
  en: string;
}

export const screenLabels = {
  customerSupport: { ja: 'お客様サポート', en: 'Customer Support' },
  docomoIdPassword: { ja: 'docomo ID/パスワード', en: 'docomo ID / password' },
  create: { ja: '発行', en: 'Issue (create or reissue)' },
  verify: { ja: '確認', en: 'Check (verify)' },
  changeUnlock: { ja: '変更/ロック解除', en: 'Change / unlock' },
  delete: { ja: '削除', en: 'Delete' },
  networkPin: { ja: 'ネットワーク暗証番号', en: 'Network PIN' },
  networkPinEntry: { ja: 'ネットワーク暗証番号の入力', en: 'Enter your network PIN' },
  next: { ja: '次へ', en: 'Next' },
  docomoIdCheck: { ja: 'docomo IDの確認', en: 'Your docomo ID' },
  docomoId: { ja: 'docomo ID', en: 'docomo ID (its user id)' },
  password: { ja: 'パスワード', en: 'Password' },
  notAvailable: { ja: 'ご利用いただけません', en: 'Not available (over Wi-Fi or tethering)' },
  wrongNetworkPin: { ja: 'ネットワーク暗証番号が正しくありません', en: 'The network PIN is wrong' },
} satisfies Record<string, ScreenLabel>;

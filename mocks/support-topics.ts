/**
 * The お客様サポート list, top to bottom. docomo ID/パスワード sits about halfway down, where the
 * documented walkthrough finds it. A topic without its own handlers shows a 準備中 page.
 */
export const supportTopics = [
  { slug: 'billing', label: '料金・お支払い' },
  { slug: 'procedures', label: '各種お手続き' },
  { slug: 'repair', label: '故障・修理' },
  { slug: 'lost', label: '紛失・盗難' },
  { slug: 'contract', label: 'ご契約内容の確認・変更' },
  { slug: 'mail', label: 'ドコモメールの設定' },
  { slug: 'docomo-id', label: 'docomo ID/パスワード' },
  { slug: 'sp-mode', label: 'spモードのご利用・設定' },
  { slug: 'wifi', label: 'Wi-Fiサービス' },
  { slug: 'overseas', label: '海外でのご利用' },
  { slug: 'faq', label: 'よくあるご質問' },
  { slug: 'contact', label: 'お問い合わせ' },
] as const;

export type SupportTopic = (typeof supportTopics)[number];

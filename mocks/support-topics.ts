/**
 * The お客様サポート list, top to bottom. docomo ID/パスワード sits about halfway down, where the
 * documented walkthrough finds it: below the first screen of a phone, so the customer scrolls. A topic without its own handlers shows a 準備中 page.
 */
export const supportTopics = [
  { slug: 'billing', label: '料金・お支払い' },
  { slug: 'usage', label: 'ご利用料金の確認' },
  { slug: 'plans', label: '料金プラン' },
  { slug: 'procedures', label: '各種お手続き' },
  { slug: 'options', label: 'オプションサービス' },
  { slug: 'model-change', label: '機種変更' },
  { slug: 'repair', label: '故障・修理' },
  { slug: 'lost', label: '紛失・盗難' },
  { slug: 'insurance', label: 'ケータイ補償サービス' },
  { slug: 'setup', label: '初期設定・データ移行' },
  { slug: 'security', label: 'あんしん・セキュリティ' },
  { slug: 'contract', label: 'ご契約内容の確認・変更' },
  { slug: 'mail', label: 'ドコモメールの設定' },
  { slug: 'docomo-id', label: 'docomo ID/パスワード' },
  { slug: 'sp-mode', label: 'spモードのご利用・設定' },
  { slug: 'wifi', label: 'Wi-Fiサービス' },
  { slug: 'points', label: 'dポイント' },
  { slug: 'apps', label: 'アプリ・コンテンツ' },
  { slug: 'recycle', label: 'ケータイリサイクル' },
  { slug: 'overseas', label: '海外でのご利用' },
  { slug: 'cancel', label: '解約' },
  { slug: 'shops', label: 'ドコモショップを探す' },
  { slug: 'accessibility', label: 'らくらくサポート' },
  { slug: 'faq', label: 'よくあるご質問' },
  { slug: 'contact', label: 'お問い合わせ' },
] as const;

import type { Page } from 'playwright';
import type { ScreenLabel } from './screen-label';

/**
 * What the portal says in its messages (a refusal in an alert, a done change in a status line),
 * one sentence each (the portal may put two in one line), in English for the guide: a reader who meets 「あと2回間違えると…」 on
 * her screen reads what it means beside it. Written here, not imported from the mock, like the
 * screen labels: a reworded message is a change the guide must notice. A message with a number
 * in it is a pattern, and its English takes the same number.
 */
type Phrase = { ja: string | RegExp; en: string | ((...numbers: string[]) => string) };

const tries = (n: string) => (n === '1' ? '1 more wrong try' : `${n} more wrong tries`);

const phrases: Phrase[] = [
  // The network PIN and the sp-mode password.
  { ja: 'ネットワーク暗証番号が正しくありません。', en: 'The network PIN is wrong.' },
  { ja: /^あと(\d+)回間違えると、ネットワーク暗証番号がロックされます。$/, en: (n) => `${tries(n)} and your network PIN will be locked.` },
  {
    ja: /^ネットワーク暗証番号を続けて(\d+)回間違えたため、ロックされました。$/,
    en: (n) => `The network PIN was wrong ${n} times in a row, so it is now locked.`,
  },
  { ja: 'ネットワーク暗証番号は、4桁の半角数字で入力してください。', en: 'Enter the network PIN as 4 half-width digits.' },
  { ja: '現在のネットワーク暗証番号が正しくありません。', en: 'The current network PIN is wrong.' },
  { ja: '現在のネットワーク暗証番号は、4桁の半角数字で入力してください。', en: 'Enter the current network PIN as 4 half-width digits.' },
  { ja: '新しいネットワーク暗証番号は、4桁の半角数字で入力してください。', en: 'Enter the new network PIN as 4 half-width digits.' },
  { ja: '新しいネットワーク暗証番号と確認用の入力が一致しません。', en: 'The new network PIN and its confirmation differ.' },
  { ja: '同じ数字が4つ並ぶ番号（0000、1111など）は設定できません。', en: 'A PIN of one digit four times (0000, 1111 …) cannot be set.' },
  { ja: '生年月日から作られる番号は設定できません。', en: 'A PIN made from your date of birth cannot be set.' },
  { ja: 'ご利用中の電話番号に含まれる番号は設定できません。', en: 'A PIN found in your phone number cannot be set.' },
  { ja: 'ネットワーク暗証番号を変更しました。', en: 'Your network PIN was changed.' },
  { ja: 'spモードパスワードが正しくありません。', en: 'The sp-mode password is wrong.' },
  { ja: /^あと(\d+)回間違えると、spモードパスワードがロックされます。$/, en: (n) => `${tries(n)} and your sp-mode password will be locked.` },
  {
    ja: /^spモードパスワードを続けて(\d+)回間違えたため、ロックされました。$/,
    en: (n) => `The sp-mode password was wrong ${n} times in a row, so it is now locked.`,
  },
  { ja: 'spモードパスワードは、4桁の半角数字で入力してください。', en: 'Enter the sp-mode password as 4 half-width digits.' },
  { ja: '現在のspモードパスワードが正しくありません。', en: 'The current sp-mode password is wrong.' },
  { ja: '現在のspモードパスワードは、4桁の半角数字で入力してください。', en: 'Enter the current sp-mode password as 4 half-width digits.' },
  { ja: '新しいspモードパスワードは、4桁の半角数字で入力してください。', en: 'Enter the new sp-mode password as 4 half-width digits.' },
  { ja: '新しいspモードパスワードと確認用の入力が一致しません。', en: 'The new sp-mode password and its confirmation differ.' },
  { ja: 'spモードパスワードを変更しました。', en: 'Your sp-mode password was changed.' },
  { ja: 'spモードパスワードを「0000」にリセットしました。', en: 'Your sp-mode password was reset to 0000.' },
  { ja: 'メール設定を変更しました。', en: 'Your mail settings were changed.' },
  { ja: /^着信メロディ「(.+)」を購入しました。$/, en: (name) => `You bought the ringtone 「${name}」.` },
  { ja: /^(\d+)円は毎月の電話料金と合わせてご請求します。$/, en: (yen) => `Its ${yen} yen is billed with your monthly phone bill.` },
  // Wi-Fi and the network the phone is on.
  { ja: 'Wi-Fi（無線LAN）接続中またはテザリング中はご利用いただけません。', en: 'Not available while on Wi-Fi (wireless LAN) or tethering.' },
  { ja: 'ユーザーIDまたはパスワードが正しくありません。', en: 'The user ID or the password is wrong.' },
  { ja: 'ユーザーIDとパスワードを、それぞれ64文字以内で入力してください。', en: 'Enter a user ID and a password of at most 64 characters each.' },
  { ja: 'docomo Wi-Fiにログインしました。', en: 'You are logged in to docomo Wi-Fi.' },
  { ja: 'インターネットをご利用いただけます。', en: 'You can use the internet.' },
  // The docomo ID.
  {
    ja: /^docomo IDは、(\d+)〜(\d+)文字の半角英数字か、メールアドレスで入力してください。$/,
    en: (min, max) => `Enter a docomo ID of ${min} to ${max} half-width letters and digits, or an email address.`,
  },
  {
    ja: '電話番号をdocomo IDにする場合は、この回線の携帯電話番号を入力してください。',
    en: "To use a phone number as your docomo ID, enter this line's own mobile number.",
  },
  { ja: 'このdocomo IDはすでに使われています。', en: 'This docomo ID is already taken.' },
  { ja: '別のdocomo IDを入力してください。', en: 'Enter another docomo ID.' },
  { ja: 'パスワードに使えるのは、半角の英字・数字・記号です。', en: 'A password can hold half-width letters, digits and symbols only.' },
  { ja: /^パスワードは、(\d+)〜(\d+)文字で入力してください。$/, en: (min, max) => `Enter a password of ${min} to ${max} characters.` },
  { ja: 'パスワードは、英字と数字を組み合わせてください。', en: 'A password needs both letters and digits.' },
  { ja: 'パスワードは、docomo IDと異なるものにしてください。', en: 'The password must differ from the docomo ID.' },
  { ja: '確認用のパスワードが一致しません。', en: 'The password typed again to confirm differs.' },
  { ja: 'docomo IDまたはパスワードが正しくありません。', en: 'The docomo ID or the password is wrong.' },
  { ja: 'docomo IDとパスワードを入力してください。', en: 'Enter your docomo ID and password.' },
  {
    ja: /^パスワードを続けて(\d+)回間違えたため、このdocomo IDはロックされています。$/,
    en: (n) => `The password was wrong ${n} times in a row, so this docomo ID is locked.`,
  },
  { ja: 'docomo IDを発行するには、利用規約に同意してください。', en: 'To get a docomo ID, agree to the terms of use.' },
  { ja: '削除する場合は、「削除する」を押してください。', en: 'To delete it, press 「削除する」 (Delete).' },
  { ja: 'docomo IDでログインしました。', en: 'You are logged in with your docomo ID.' },
  { ja: 'docomo IDとパスワードを変更しました。', en: 'Your docomo ID and password were changed.' },
  { ja: 'ロックされていた場合は、ロックも解除されました。', en: 'If it was locked, it is unlocked too.' },
  { ja: '新しいパスワードを設定しました。', en: 'Your new password is set.' },
  { ja: 'docomo IDは変わりません。', en: 'Your docomo ID stays the same.' },
  { ja: 'この回線のdocomo IDを削除しました。', en: "This line's docomo ID was deleted." },
  { ja: '削除したdocomo IDでは、ログインできません。', en: 'A deleted docomo ID no longer logs in.' },
  { ja: '新しいdocomo IDとパスワードです。', en: 'Here are your new docomo ID and password.' },
  { ja: 'メモを取るなどして、大切に保管してください。', en: 'Write them down and keep them safe.' },
];

/** A message's sentences: the portal puts several in one status line ("…しました。…ません。"). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=。)/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The English of one sentence the portal said, or undefined when the phrasebook has none. */
export function translateMessage(ja: string): string | undefined {
  for (const phrase of phrases) {
    if (typeof phrase.ja === 'string') {
      if (phrase.ja === ja) return typeof phrase.en === 'string' ? phrase.en : phrase.en();
      continue;
    }
    const match = phrase.ja.exec(ja);
    if (match) return typeof phrase.en === 'string' ? phrase.en : phrase.en(...match.slice(1));
  }
  return undefined;
}

/**
 * Every sentence of the portal's messages on screen (alerts and status lines in the page's main
 * part), each with its English; `en` is empty where the phrasebook has none, and the guide says so.
 */
export async function messagesOnScreen(page: Page): Promise<ScreenLabel[]> {
  const texts = await page.locator('main [role=alert], main [role=status]').evaluateAll((elements) =>
    elements.flatMap((element) => {
      const paragraphs = [...element.querySelectorAll('p')];
      return (paragraphs.length > 0 ? paragraphs : [element]).map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
    }),
  );
  return texts.flatMap(sentencesOf).map((ja) => ({ ja, en: translateMessage(ja) ?? '' }));
}

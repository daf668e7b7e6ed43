import { yamlString } from './escape-mdx';

/**
 * The words a reader types into the search box for a goal, per feature page (its slug: the
 * feature file's name). A page's title and text hold the portal's words ("Wi-Fi user id",
 * "verify"); readers type their own ("wifi password", "forgot password").
 *
 * How @easyops-cn/docusaurus-search-local 0.55 uses them (read in its dist/server/.../parseDocument.js,
 * scanDocuments.js and dist/client/.../worker.js): every page gives five kinds of entries, its
 * title (the article's h1), its h1–h3 headings, its `<meta name="description">`, its
 * `<meta name="keywords">` and its text. A query is tried as typed first, then with the last word
 * unfinished, then one letter off; each try looks in that order of kinds and keeps what it finds,
 * so a page whose title or headings hold the words comes first, then descriptions, then keywords.
 * There is no synonym option. Docusaurus writes both meta tags from the page's front matter
 * (`description`, `keywords`), so that is where these words go: nothing on the page changes.
 *
 * Lunr splits "Wi-Fi" into "wi" and "fi", so "wifi" matches nothing unless a page says "wifi".
 * A description is the page's goal in one line, in the second person; it is also what a shared
 * link previews. No numbers and no promises of what the portal does: those belong to the page
 * and its last run. "forgot" is a word only the docomo ID's description uses, because a reader
 * who "forgot password" means that one first (the issue); the sp-mode page still follows.
 */
export interface SearchWords {
  description: string;
  keywords: readonly string[];
}

export const SEARCH_WORDS: Readonly<Record<string, SearchWords>> = {
  'which-credential': {
    description: 'Not sure which password the portal wants? Find your credential, then the task you need.',
    keywords: ['which password', 'docomo passwords', 'password types', 'credentials', 'PIN or password'],
  },
  'verify-docomo-id': {
    description: 'Forgot your docomo ID or its password? How to look them up on the portal.',
    keywords: ['forgot password', 'forgot docomo ID', 'lost password', 'lost docomo ID', 'docomo ID password', 'recover password', 'look up docomo ID'],
  },
  'change-or-unlock-docomo-id': {
    description: 'Locked out of your docomo ID, or want a new password for it? Set a new password, which also unlocks it.',
    keywords: ['locked', 'locked out', 'unlock docomo ID', 'reset docomo ID password', 'change password', 'new password', 'ロック解除'],
  },
  'docomo-id-login': {
    description: 'Log in to docomo services with your docomo ID and its password, and what to do when it is refused.',
    keywords: ['login', 'log in', 'sign in', 'docomo ID login', 'wrong password', 'password refused', 'ログイン'],
  },
  'create-docomo-id': {
    description: 'No docomo ID yet, or want a new one? How to have the portal issue one.',
    keywords: ['new docomo ID', 'create account', 'sign up', 'register', 'issue docomo ID', '発行'],
  },
  'delete-docomo-id': {
    description: 'How to delete the docomo ID of your line.',
    keywords: ['delete account', 'remove docomo ID', 'cancel docomo ID', '削除'],
  },
  'docomo-id-password-rules': {
    description: 'What a docomo ID password must be like for the portal to accept it.',
    keywords: ['password rules', 'password requirements', 'password refused', 'invalid password', 'password length'],
  },
  'docomo-id-user-id-rules': {
    description: 'What a new docomo ID must be like for the portal to accept it.',
    keywords: ['user id rules', 'ID requirements', 'change docomo ID', 'ID refused', 'email address as ID'],
  },
  'find-the-docomo-id-page': {
    description: 'Where the docomo ID menu is on the portal, from its top page.',
    keywords: ['where', 'menu', 'customer support', 'docomo ID menu', 'お客様サポート'],
  },
  'network-pin-gate': {
    description: 'Why the portal asks for your network PIN before every docomo ID task, and what a wrong one does.',
    keywords: ['network PIN', 'wrong PIN', 'PIN locked', 'PIN tries', '暗証番号', 'ネットワーク暗証番号'],
  },
  'change-network-pin': {
    description: 'Choose a new network PIN, the code the portal asks for before every change.',
    keywords: ['change PIN', 'new PIN', 'PIN code', 'security code', '暗証番号', 'ネットワーク暗証番号'],
  },
  'docomo-id-needs-sp-mode': {
    description: 'Why a docomo ID task stops half-way when Wi-Fi or tethering comes on.',
    keywords: ['not available', 'stopped', 'error', 'wifi', 'tethering', 'ご利用いただけません'],
  },
  'use-sp-mode': {
    description: 'Why the portal says "not available" over Wi-Fi or tethering, and what to switch off.',
    keywords: ['wifi', 'tethering', 'hotspot', 'mobile data', 'not available', 'sp mode', 'ご利用いただけません'],
  },
  'wifi-credentials': {
    description: 'Find the user id and password for docomo Wi-Fi spots: they are not your docomo ID.',
    keywords: ['wifi password', 'wifi login', 'wifi user id', 'wi-fi password', 'docomo wifi', 'hotspot login'],
  },
  'change-mail-settings': {
    description: 'Change your docomo mail settings; the portal asks for your sp-mode password.',
    keywords: ['docomo mail', 'mail settings', 'email settings', 'ドコモメール'],
  },
  'change-sp-mode-password': {
    description: 'Change your sp-mode password to digits of your own.',
    keywords: ['change sp-mode password', 'new sp-mode password', 'sp mode password', 'spmode password', 'default password'],
  },
  'reset-sp-mode-password': {
    description: 'Reset your sp-mode password with your network PIN when you no longer know it or it is locked.',
    keywords: ['reset sp-mode password', 'lost sp-mode password', 'sp mode password', 'spmode password', 'unlock sp-mode password'],
  },
  'sp-mode-password-lock': {
    description: 'Your sp-mode password is locked? Wait for the lock to clear, or reset the password now.',
    keywords: ['locked', 'sp-mode password locked', 'unlock sp-mode password', 'too many wrong passwords', 'wrong password'],
  },
};

/** The front matter lines that give a page its reader's words; none for a page without any. */
export function searchFrontMatterLines(slug: string): string[] {
  const words = SEARCH_WORDS[slug];
  if (!words) return [];
  return [`description: ${yamlString(words.description)}`, `keywords: [${words.keywords.map(yamlString).join(', ')}]`];
}

/**
 * A page's front matter (`---` … `---`, as renderFeaturePage's frontMatter() writes it) with the
 * page's search words added before its closing line; unchanged for a page without words.
 */
export function withSearchWords(frontMatter: string, slug: string): string {
  const lines = searchFrontMatterLines(slug);
  if (lines.length === 0) return frontMatter;
  if (!/^---\n[\s\S]*\n---$/.test(frontMatter)) {
    throw new Error(`withSearchWords: expected front matter from "---" to "---" for ${slug}, got: ${frontMatter.slice(0, 60)}…`);
  }
  return frontMatter.replace(/\n---$/, `\n${lines.join('\n')}\n---`);
}

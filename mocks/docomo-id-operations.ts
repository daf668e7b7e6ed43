/**
 * The four choices on the docomo ID/パスワード menu, in the order the portal lists them. Every one
 * starts with the network PIN step; what follows it is the operation's own page(s).
 */
export const docomoIdOperations = [
  { slug: 'issue', label: '発行', title: 'docomo IDの発行', summary: 'docomo IDを発行します。すでにお持ちの場合は、IDとパスワードを新しく発行し直します。' },
  { slug: 'verify', label: '確認', title: 'docomo IDの確認', summary: 'この回線のdocomo IDとパスワードを表示します。' },
  { slug: 'change', label: '変更/ロック解除', title: 'docomo IDの変更/ロック解除', summary: 'パスワードの変更や、ロックされたdocomo IDの解除をします。' },
  { slug: 'delete', label: '削除', title: 'docomo IDの削除', summary: 'この回線のdocomo IDを削除します。' },
] as const;

export type DocomoIdOperation = (typeof docomoIdOperations)[number];
export type DocomoIdOperationSlug = DocomoIdOperation['slug'];

export function docomoIdOperation(slug: DocomoIdOperationSlug): DocomoIdOperation {
  return docomoIdOperations.find((operation) => operation.slug === slug)!;
}

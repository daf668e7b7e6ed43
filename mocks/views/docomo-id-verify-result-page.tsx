import type { DocomoId } from '../model/docomo-id';
import { PageLayout } from './page-layout';

/** The verify operation's answer: the line's docomo ID and its password, and whether it is locked. */
export function DocomoIdVerifyResultPage({ docomoId, menuPath, locked = false }: { docomoId: DocomoId; menuPath: string; locked?: boolean }) {
  return (
    <PageLayout title="docomo IDの確認">
      <h1>docomo IDの確認</h1>
      <p>この回線のdocomo IDとパスワードです。</p>
      <dl className="credentials">
        <dt>docomo ID</dt>
        <dd>{docomoId.userId}</dd>
        <dt>パスワード</dt>
        <dd>{docomoId.password}</dd>
      </dl>
      {locked && <p className="notice">このdocomo IDはロックされています。「変更/ロック解除」で新しいパスワードを設定すると、ロックが解除されます。</p>}
      <p className="notice">パスワードは大文字と小文字を区別します。他人に知られないよう、大切に保管してください。</p>
      <a className="back" href={menuPath}>
        メニューに戻る
      </a>
    </PageLayout>
  );
}

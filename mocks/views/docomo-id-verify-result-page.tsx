import type { DocomoId } from '../model/portal-model';
import { PageLayout } from './page-layout';

/** The verify operation's answer: the line's docomo ID and its password. */
export function DocomoIdVerifyResultPage({ docomoId, menuPath }: { docomoId: DocomoId; menuPath: string }) {
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
      <p className="notice">パスワードは大文字と小文字を区別します。他人に知られないよう、大切に保管してください。</p>
      <a className="back" href={menuPath}>
        メニューに戻る
      </a>
    </PageLayout>
  );
}

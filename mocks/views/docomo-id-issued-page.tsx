import type { DocomoId } from '../model/docomo-id';
import { DocomoIdDetails } from './docomo-id-details';
import { PageLayout } from './page-layout';

/** 発行's answer: the new docomo ID and its password, shown once the customer agreed. */
export function DocomoIdIssuedPage({ docomoId, menuPath }: { docomoId: DocomoId; menuPath: string }) {
  return (
    <PageLayout title="docomo IDを発行しました">
      <h1>docomo IDを発行しました</h1>
      <p className="notice" role="status">
        新しいdocomo IDとパスワードです。メモを取るなどして、大切に保管してください。
      </p>
      <DocomoIdDetails userId={docomoId.userId} password={docomoId.password} />
      <p className="hint">パスワードは大文字と小文字を区別します。</p>
      <a className="back" href={menuPath}>
        メニューに戻る
      </a>
    </PageLayout>
  );
}

import { docomoIdOperations } from '../docomo-id-operations';
import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';

/** The four docomo ID operations; each link's name is exactly the operation's label. */
export function DocomoIdMenuPage() {
  return (
    <PageLayout title="docomo ID/パスワード">
      <h1>docomo ID/パスワード</h1>
      <p>docomo IDの発行・確認・変更・削除ができます。どのお手続きにも、ネットワーク暗証番号が必要です。</p>
      <ul className="link-list">
        {docomoIdOperations.map((operation) => (
          <li key={operation.slug}>
            <a href={portalPaths.docomoIdOperation(operation.slug)}>{operation.label}</a>
            <p className="note">{operation.summary}</p>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}

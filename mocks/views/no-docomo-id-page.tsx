import { PageLayout } from './page-layout';

/**
 * What 確認, 変更/ロック解除 and 削除 answer, after the network PIN, for a line that has no docomo
 * ID (never issued, or deleted): it says so and points to 発行.
 */
export function NoDocomoIdPage({ issuePath, title = 'docomo IDの確認' }: { issuePath: string; title?: string }) {
  return (
    <PageLayout title={title}>
      <h1>{title}</h1>
      <p className="notice">この回線には、docomo IDがまだ発行されていません。</p>
      <p>docomo IDを作るには、次の「発行」からお手続きください。</p>
      <ul className="link-list">
        <li>
          <a href={issuePath}>発行</a>
        </li>
      </ul>
    </PageLayout>
  );
}

import { PageLayout } from './page-layout';

/** The verify operation's answer for a line that has no docomo ID yet. */
export function NoDocomoIdPage({ issuePath }: { issuePath: string }) {
  return (
    <PageLayout title="docomo IDの確認">
      <h1>docomo IDの確認</h1>
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

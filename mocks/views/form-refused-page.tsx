import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';

/**
 * A post that does not carry the session's form token: sent from another site, or from a page
 * older than the session (a renewed id, a restarted server). Nothing was done, so the customer is
 * asked to start again from the portal's own page.
 */
export function FormRefusedPage() {
  return (
    <PageLayout title="お手続きを受け付けできませんでした">
      <h1>お手続きを受け付けできませんでした</h1>
      <div className="alert" role="alert">
        <p>このページからのお手続きは受け付けできませんでした。お手続きは行われていません。</p>
      </div>
      <p>お手数ですが、トップページからもう一度お手続きください。</p>
      <a className="back" href={portalPaths.top}>
        トップへ戻る
      </a>
    </PageLayout>
  );
}

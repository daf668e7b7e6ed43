import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';

export function NotFoundPage() {
  return (
    <PageLayout title="ページが見つかりません">
      <h1>ページが見つかりません</h1>
      <p>お探しのページは、移動または削除された可能性があります。アドレスをお確かめください。</p>
      <a className="back" href={portalPaths.top}>
        トップへ戻る
      </a>
    </PageLayout>
  );
}

import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';

/** A page the mock lists but does not model yet. */
export function ComingSoonPage({ title }: { title: string }) {
  return (
    <PageLayout title={title}>
      <h1>{title}</h1>
      <p className="notice">このページは準備中です。</p>
      <a className="back" href={portalPaths.top}>
        トップへ戻る
      </a>
    </PageLayout>
  );
}

import { PageLayout } from './page-layout';

/** For a request that reaches the gate over sp-mode but from a line the portal does not know. */
export function UnknownLinePage() {
  return (
    <PageLayout title="回線を確認できません">
      <h1>回線を確認できません</h1>
      <div className="alert" role="alert">
        <p>ご利用中の回線を確認できませんでした。</p>
      </div>
      <p>ドコモのSIMカードが入ったスマートフォンで、spモードで接続してから、もう一度お試しください。</p>
    </PageLayout>
  );
}

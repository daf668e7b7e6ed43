import { PageLayout } from './page-layout';

/** The sp-mode gate's refusal, for Wi-Fi, tethering or a connection the portal cannot tell. */
export function NotAvailablePage() {
  return (
    <PageLayout title="ご利用いただけません">
      <h1>ご利用いただけません</h1>
      <div className="alert" role="alert">
        <p>Wi-Fi（無線LAN）接続中またはテザリング中はご利用いただけません。</p>
      </div>
      <p>Wi-Fiとテザリングをオフにして、spモードで接続してから、もう一度お試しください。</p>
      <p className="hint">このページは、スマートフォンのモバイルデータ通信（spモード）でのみご利用いただけます。</p>
    </PageLayout>
  );
}

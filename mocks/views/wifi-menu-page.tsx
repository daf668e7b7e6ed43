import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';

/** Wi-Fiサービス: the Wi-Fi credentials, which are not the docomo ID. */
export function WifiMenuPage() {
  return (
    <PageLayout title="Wi-Fiサービス">
      <h1>Wi-Fiサービス</h1>
      <p>ドコモのWi-Fiスポットには、Wi-Fi専用のユーザーIDとパスワードでログインします。docomo IDとは別のものです。</p>
      <ul className="link-list">
        <li>
          <a href={portalPaths.wifiCredentials}>ユーザーID・パスワードの確認</a>
          <p className="note">ネットワーク暗証番号を入力すると表示されます。</p>
        </li>
      </ul>
    </PageLayout>
  );
}

import type { WifiCredentials } from '../model/wifi-login-rules';
import { PageLayout } from './page-layout';
import { credentialPageTitles } from '../model/credential-messages';

/** The line's Wi-Fi user id and password, with a word on how they differ from the docomo ID. */
export function WifiCredentialsPage({ credentials, menuPath }: { credentials: WifiCredentials | undefined; menuPath: string }) {
  return (
    <PageLayout title={credentialPageTitles.wifiCredentials}>
      <h1>{credentialPageTitles.wifiCredentials}</h1>
      {credentials ? (
        <>
          <p>ドコモのWi-Fiスポットにログインするときは、次のユーザーIDとパスワードを入力してください。</p>
          <dl className="credentials">
            <dt>ユーザーID</dt>
            <dd>{credentials.userId}</dd>
            <dt>パスワード</dt>
            <dd>{credentials.password}</dd>
          </dl>
          <p className="notice">docomo IDとそのパスワードとは別のものです。Wi-Fiのログインには使えません。</p>
        </>
      ) : (
        <p className="notice">この回線は、Wi-Fiサービスをご契約いただいていません。</p>
      )}
      <a className="back" href={menuPath}>
        メニューに戻る
      </a>
    </PageLayout>
  );
}

import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';
import { credentialPageTitles } from '../model/credential-messages';

/** ご契約内容の確認・変更: the one modelled entry is changing the network PIN. */
export function ContractMenuPage() {
  return (
    <PageLayout title="ご契約内容の確認・変更">
      <h1>ご契約内容の確認・変更</h1>
      <ul className="link-list">
        <li>
          <a href={portalPaths.networkPinChange}>{credentialPageTitles.networkPinChange}</a>
          <p className="note">今のネットワーク暗証番号を入力して、新しい番号に変更します。</p>
        </li>
      </ul>
    </PageLayout>
  );
}

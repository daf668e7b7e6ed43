import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';
import { credentialPageTitles } from '../model/credential-messages';

/** spモードのご利用・設定: what a customer can do with her sp-mode password. */
export function SpModeMenuPage() {
  return (
    <PageLayout title="spモードのご利用・設定">
      <h1>spモードのご利用・設定</h1>
      <p>spモードパスワードは、メール設定やコンテンツの購入に使う4桁の数字です。</p>
      <ul className="link-list">
        <li>
          <a href={portalPaths.spModePasswordChange}>{credentialPageTitles.spModePasswordChange}</a>
          <p className="note">今のspモードパスワードを入力して、新しい番号に変更します。</p>
        </li>
        <li>
          <a href={portalPaths.spModePasswordReset}>{credentialPageTitles.spModePasswordReset}</a>
          <p className="note">忘れたときやロックされたときに、ネットワーク暗証番号で「0000」に戻します。</p>
        </li>
      </ul>
    </PageLayout>
  );
}

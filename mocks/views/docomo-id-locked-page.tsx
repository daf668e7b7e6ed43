import { PageLayout } from './page-layout';

/**
 * The login page's answer once the docomo ID is locked, whatever password was typed: the way out
 * is 変更/ロック解除, which sets a new password. How long a lock lasts on the real portal is not
 * known (DOMAIN.md), so the page does not say.
 */
export function DocomoIdLockedPage({ message, menuPath }: { message: string; menuPath: string }) {
  return (
    <PageLayout title="docomo IDがロックされています">
      <h1>docomo IDがロックされています</h1>
      <div className="alert" role="alert">
        <p>{message}</p>
      </div>
      <p>ロックを解除するには、お客様サポートの「docomo ID/パスワード」から「変更/ロック解除」を選び、新しいパスワードを設定してください。</p>
      <p className="hint">「変更/ロック解除」は、Wi-Fiとテザリングをオフにして、spモードで接続してからご利用ください。</p>
      <ul className="link-list">
        <li>
          <a href={menuPath}>docomo ID/パスワード</a>
        </li>
      </ul>
    </PageLayout>
  );
}

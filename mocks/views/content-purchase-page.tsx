import { ErrorAlert, PostForm } from './form-parts';
import { PageLayout } from './page-layout';
import { SpModePasswordField } from './sp-mode-password-page';

/** A paid item, charged with the phone bill: buying it asks for the sp-mode password. */
export function ContentPurchasePage({ action, errors = [] }: { action: string; errors?: string[] }) {
  return (
    <PageLayout title="コンテンツの購入">
      <h1>コンテンツの購入</h1>
      <ErrorAlert errors={errors} />
      <dl className="credentials">
        <dt>商品</dt>
        <dd>着信メロディ「さくら」</dd>
        <dt>価格</dt>
        <dd>110円（税込）</dd>
      </dl>
      <p>お支払いは、毎月の電話料金と合わせてご請求します。</p>
      <PostForm action={action}>
        <SpModePasswordField invalid={errors.length > 0} />
        <button type="submit">購入する</button>
      </PostForm>
    </PageLayout>
  );
}

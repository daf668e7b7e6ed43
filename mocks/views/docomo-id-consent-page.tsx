import { ErrorAlert, PostForm } from './form-parts';
import { PageLayout } from './page-layout';

export const consentField = { name: 'consent', agree: 'agree' } as const;

export interface DocomoIdConsentPageProps {
  action: string;
  menuPath: string;
  /** True when the line already has a docomo ID, which 発行 will replace. */
  reissue: boolean;
  errors?: string[];
}

/** 発行's page after the network PIN: the terms, and 同意する to get the ID. */
export function DocomoIdConsentPage({ action, menuPath, reissue, errors = [] }: DocomoIdConsentPageProps) {
  return (
    <PageLayout title="docomo IDの発行">
      <h1>docomo IDの発行</h1>
      <ErrorAlert errors={errors} />
      {reissue && (
        <div className="notice" id="reissue-warning">
          <p>この回線には、すでにdocomo IDがあります。</p>
          <p>発行すると、docomo IDとパスワードの両方が新しくなり、いまのdocomo IDとパスワードは使えなくなります。</p>
        </div>
      )}
      <h2>docomo ID利用規約</h2>
      <p>docomo IDを発行する前に、次の内容をご確認ください。</p>
      <ol className="terms">
        <li>docomo IDは、ドコモのWebサービスにログインするためのIDとパスワードです。</li>
        <li>IDとパスワードは、お客様ご自身で大切に管理してください。</li>
        <li>パスワードを続けて間違えると、docomo IDはロックされます。ロックは「変更/ロック解除」で新しいパスワードを設定すると解除されます。</li>
        <li>発行し直すと、それまでのdocomo IDとパスワードは使えなくなります。</li>
      </ol>
      <PostForm action={action}>
        <button type="submit" name={consentField.name} value={consentField.agree}>
          同意する
        </button>
      </PostForm>
      <a className="back" href={menuPath}>
        同意しない
      </a>
    </PageLayout>
  );
}

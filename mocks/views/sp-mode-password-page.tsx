import { DigitsField, ErrorAlert, PostForm } from './form-parts';
import { PageLayout } from './page-layout';

export const SP_MODE_PASSWORD_FIELD = 'spModePassword';

export interface SpModePasswordPageProps {
  /** What the password opens, e.g. "メール設定". */
  purpose: string;
  action: string;
  errors?: string[];
}

/** The sp-mode password step in front of the mail settings. */
export function SpModePasswordPage({ purpose, action, errors = [] }: SpModePasswordPageProps) {
  return (
    <PageLayout title="spモードパスワードの入力">
      <h1>spモードパスワードの入力</h1>
      <ErrorAlert errors={errors} />
      <p>「{purpose}」に進むには、spモードパスワードを入力してください。</p>
      <PostForm action={action}>
        <SpModePasswordField invalid={errors.length > 0} />
        <button type="submit">次へ</button>
      </PostForm>
    </PageLayout>
  );
}

export function SpModePasswordField({ invalid }: { invalid?: boolean }) {
  return (
    <DigitsField
      id="sp-mode-password"
      name={SP_MODE_PASSWORD_FIELD}
      label="spモードパスワード"
      hint="4桁の数字です。変更していなければ「0000」です。"
      invalid={invalid}
    />
  );
}

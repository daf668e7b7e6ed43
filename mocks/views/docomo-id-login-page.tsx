import { ErrorAlert, PostForm, TextField } from './form-parts';
import { PageLayout } from './page-layout';

export const loginFields = { userId: 'userId', password: 'password' } as const;

/** The docomo ID login page: any network, any line's docomo ID. */
export function DocomoIdLoginPage({ action, heading, errors = [], userId }: { action: string; heading: string; errors?: string[]; userId?: string }) {
  const invalid = errors.length > 0;
  return (
    <PageLayout title={heading}>
      <h1>{heading}</h1>
      <ErrorAlert errors={errors} />
      <PostForm action={action}>
        <TextField id="login-user-id" name={loginFields.userId} label="docomo ID" value={userId} invalid={invalid} />
        <TextField id="login-password" name={loginFields.password} label="パスワード" type="password" invalid={invalid} hint="大文字と小文字は区別されます。" />
        <button type="submit">ログイン</button>
      </PostForm>
      <p className="hint">docomo IDやパスワードを忘れたときは、お客様サポートの「docomo ID/パスワード」で確認できます。</p>
    </PageLayout>
  );
}

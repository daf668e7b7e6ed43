import { ErrorAlert, PostForm, TextField } from './form-parts';
import { PageLayout } from './page-layout';

export const wifiLoginFields = { userId: 'userId', password: 'password' } as const;

/** docomo Wi-Fi's login page at a hotspot: the Wi-Fi user id and password, nothing else. */
export function WifiLoginPage({ action, errors = [], userId }: { action: string; errors?: string[]; userId?: string }) {
  const invalid = errors.length > 0;
  return (
    <PageLayout title="docomo Wi-Fi ログイン">
      <h1>docomo Wi-Fi ログイン</h1>
      <ErrorAlert errors={errors} />
      <p>Wi-Fiサービスのユーザーとパスワードを入力してください。</p>
      <PostForm action={action}>
        <TextField id="wifi-user-id" name={wifiLoginFields.userId} label="ユーザーID" value={userId} invalid={invalid} />
        <TextField id="wifi-password" name={wifiLoginFields.password} label="パスワード" type="password" invalid={invalid} />
        <button type="submit">ログイン</button>
      </PostForm>
    </PageLayout>
  );
}

import type { PortalSettings } from '../settings';
import { ErrorAlert, PostForm, TextField } from './form-parts';
import { PageLayout } from './page-layout';

export const changeFields = { userId: 'userId', password: 'newPassword', confirmation: 'newPasswordConfirmation' } as const;

export interface DocomoIdChangePageProps {
  action: string;
  /** What the docomo ID field holds: the current user id, or what was typed before a refusal. */
  userId: string;
  locked: boolean;
  settings: PortalSettings;
  errors?: string[];
}

/**
 * 変更/ロック解除's form. The page settles what the pre-filled user id means, plainly: kept as it
 * is, the ID stays and gets the new password (and a locked ID is unlocked); typed over, the user
 * id changes too. The passwords are never filled in again after a refusal.
 */
export function DocomoIdChangePage({ action, userId, locked, settings, errors = [] }: DocomoIdChangePageProps) {
  const invalid = errors.length > 0;
  return (
    <PageLayout title="docomo IDの変更/ロック解除">
      <h1>docomo IDの変更/ロック解除</h1>
      <ErrorAlert errors={errors} />
      {locked && <p className="notice">このdocomo IDはロックされています。新しいパスワードを設定すると、ロックが解除されます。</p>}
      <p>docomo IDの欄には、いまのdocomo IDが入っています。</p>
      <ul className="choices">
        <li>
          <strong>そのままにすると</strong>、docomo IDは変わらず、新しいパスワードが設定されます。ロックされている場合は、ロックも解除されます。
        </li>
        <li>
          <strong>別のdocomo IDに書き換えると</strong>、docomo IDも変更されます。
        </li>
      </ul>
      <PostForm action={action}>
        <TextField
          id="change-user-id"
          name={changeFields.userId}
          label="docomo ID"
          value={userId}
          invalid={invalid}
          hint={`${settings.userIdMinLength}〜${settings.userIdMaxLength}文字の半角英数字か、メールアドレス。電話番号にする場合は、この回線の携帯電話番号に限ります。`}
        />
        <TextField
          id="change-password"
          name={changeFields.password}
          label="新しいパスワード"
          type="password"
          invalid={invalid}
          hint={`${settings.passwordMinLength}〜${settings.passwordMaxLength}文字の半角英字・数字・記号で、英字と数字を組み合わせてください。docomo IDと同じものは使えません。大文字と小文字は区別されます。`}
        />
        <TextField id="change-password-confirmation" name={changeFields.confirmation} label="新しいパスワード（確認）" type="password" invalid={invalid} />
        <button type="submit">変更する</button>
      </PostForm>
    </PageLayout>
  );
}

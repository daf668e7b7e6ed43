import { DigitsField, ErrorAlert, PostForm } from './form-parts';
import { PageLayout } from './page-layout';
import { credentialPageTitles } from '../model/credential-messages';

export const spModePasswordChangeFields = { current: 'currentPassword', next: 'newPassword', confirmation: 'newPasswordConfirmation' } as const;

/** Changing the sp-mode password: the current one, then the new one twice. */
export function SpModePasswordChangePage({ action, errors = [] }: { action: string; errors?: string[] }) {
  const invalid = errors.length > 0;
  return (
    <PageLayout title={credentialPageTitles.spModePasswordChange}>
      <h1>{credentialPageTitles.spModePasswordChange}</h1>
      <ErrorAlert errors={errors} />
      <PostForm action={action}>
        <DigitsField
          id="current-password"
          name={spModePasswordChangeFields.current}
          label="現在のspモードパスワード"
          hint="変更していなければ「0000」です。"
          invalid={invalid}
        />
        <DigitsField id="new-password" name={spModePasswordChangeFields.next} label="新しいspモードパスワード" hint="4桁の数字" invalid={invalid} />
        <DigitsField
          id="new-password-confirmation"
          name={spModePasswordChangeFields.confirmation}
          label="新しいspモードパスワード（確認用）"
          invalid={invalid}
        />
        <button type="submit">変更する</button>
      </PostForm>
    </PageLayout>
  );
}

import { PostForm } from './form-parts';
import type { MailSettingValues } from '../model/mail-settings';
import { PageLayout } from './page-layout';

export const SPAM_FILTER_FIELD = 'spamFilter';

/** The mail settings, reached after the sp-mode password. */
export function MailSettingsPage({ values, action }: { values: MailSettingValues; action: string }) {
  return (
    <PageLayout title="メール設定">
      <h1>メール設定</h1>
      <p>ドコモメールの設定を変更できます。</p>
      <PostForm action={action} noValidate={false}>
        <label className="check">
          <input type="checkbox" name={SPAM_FILTER_FIELD} value="on" defaultChecked={values.spamFilter} /> 迷惑メールフィルターを利用する
        </label>
        <button type="submit">設定する</button>
      </PostForm>
    </PageLayout>
  );
}

import { DigitsField, ErrorAlert, PostForm } from './form-parts';
import { PageLayout } from './page-layout';
import { credentialPageTitles } from '../model/credential-messages';

export const networkPinChangeFields = { current: 'currentPin', next: 'newPin', confirmation: 'newPinConfirmation' } as const;

/** Changing the network PIN: the current one, then a new one twice, with the rules it must meet. */
export function NetworkPinChangePage({ action, errors = [] }: { action: string; errors?: string[] }) {
  const invalid = errors.length > 0;
  return (
    <PageLayout title={credentialPageTitles.networkPinChange}>
      <h1>{credentialPageTitles.networkPinChange}</h1>
      <ErrorAlert errors={errors} />
      <PostForm action={action}>
        <DigitsField id="current-pin" name={networkPinChangeFields.current} label="現在のネットワーク暗証番号" invalid={invalid} />
        <DigitsField
          id="new-pin"
          name={networkPinChangeFields.next}
          label="新しいネットワーク暗証番号"
          hint="4桁の数字。同じ数字の並び（0000、1111など）、生年月日、電話番号は設定できません。"
          invalid={invalid}
        />
        <DigitsField id="new-pin-confirmation" name={networkPinChangeFields.confirmation} label="新しいネットワーク暗証番号（確認用）" invalid={invalid} />
        <button type="submit">変更する</button>
      </PostForm>
    </PageLayout>
  );
}

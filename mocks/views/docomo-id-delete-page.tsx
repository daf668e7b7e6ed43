import { DocomoIdDetails } from './docomo-id-details';
import { ErrorAlert, PostForm } from './form-parts';
import { PageLayout } from './page-layout';

export const deleteField = { name: 'confirm', delete: 'delete', final: 'final' } as const;

/**
 * 削除's confirmation, after the network PIN: which ID goes, 削除する or 削除しない. `final` is the
 * second confirmation that only the redesign revision asks for.
 */
export function DocomoIdDeletePage({
  action,
  userId,
  menuPath,
  errors = [],
  final = false,
}: {
  action: string;
  userId: string;
  menuPath: string;
  errors?: string[];
  final?: boolean;
}) {
  const heading = final ? '削除の最終確認' : 'docomo IDの削除';
  return (
    <PageLayout title={heading}>
      <h1>{heading}</h1>
      <ErrorAlert errors={errors} />
      <p>{final ? '本当に削除しますか。この操作は取り消せません。' : '次のdocomo IDを削除します。削除すると、このdocomo IDではログインできなくなります。'}</p>
      <DocomoIdDetails userId={userId} />
      <PostForm action={action}>
        <button type="submit" name={deleteField.name} value={final ? deleteField.final : deleteField.delete}>
          {final ? '削除を確定する' : '削除する'}
        </button>
      </PostForm>
      <a className="back" href={menuPath}>
        削除しない
      </a>
    </PageLayout>
  );
}

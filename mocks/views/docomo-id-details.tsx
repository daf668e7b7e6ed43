/** A docomo ID as the portal lists it: the user id and, where the page may show it, the password. */
export function DocomoIdDetails({ userId, password }: { userId: string; password?: string }) {
  return (
    <dl className="credentials">
      <dt>docomo ID</dt>
      <dd>{userId}</dd>
      {password !== undefined && (
        <>
          <dt>パスワード</dt>
          <dd>{password}</dd>
        </>
      )}
    </dl>
  );
}

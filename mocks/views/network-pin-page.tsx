import { PostForm } from './form-parts';
import { PageLayout } from './page-layout';

export interface NetworkPinPageProps {
  /** What the PIN is for, e.g. "docomo IDの確認". */
  purpose: string;
  /** Where the form posts: the page's own address. */
  action: string;
  /** Sentences shown in the alert after a refused attempt. */
  errors?: string[];
}

/**
 * The network PIN step in front of every docomo ID operation. The field is never pre-filled, so
 * what was typed is never sent back. No `required`/`pattern`: the portal itself checks the input
 * and answers with its own message.
 */
export function NetworkPinPage({ purpose, action, errors = [] }: NetworkPinPageProps) {
  const invalid = errors.length > 0;
  return (
    <PageLayout title="ネットワーク暗証番号の入力">
      <h1>ネットワーク暗証番号の入力</h1>
      {invalid && (
        <div className="alert" role="alert" id="network-pin-error">
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
      <p>「{purpose}」に進むには、ネットワーク暗証番号を入力してください。</p>
      <PostForm action={action}>
        <label htmlFor="network-pin">ネットワーク暗証番号</label>
        <input
          type="password"
          id="network-pin"
          name="networkPin"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'network-pin-error network-pin-hint' : 'network-pin-hint'}
        />
        <p className="hint" id="network-pin-hint">
          ご契約時にお客様が決めた4桁の数字です。
        </p>
        <button type="submit">次へ</button>
      </PostForm>
    </PageLayout>
  );
}

import { useContext, type ReactNode } from 'react';
import { FORM_TOKEN_FIELD, FormTokenContext } from '../http/form-token';

/**
 * Pieces every credential form shares. Fields are never pre-filled with a secret, have no
 * `required`/`pattern` (the portal checks the input itself and answers in Japanese), and point
 * at the alert when the last attempt was refused.
 */
const errorAlertId = 'form-error';

export function ErrorAlert({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="alert" role="alert" id={errorAlertId}>
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  );
}

export interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  invalid?: boolean;
}

/** A secret of 4 digits: the sp-mode password or a network PIN. */
export function DigitsField({ id, name, label, hint, invalid }: FieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        type="password"
        id={id}
        name={name}
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, invalid)}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

/** A text field; `value` is what the person typed before a refusal, escaped like all text. */
export function TextField({ id, name, label, hint, invalid, value, type = 'text' }: FieldProps & { value?: string; type?: 'text' | 'password' }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        type={type}
        id={id}
        name={name}
        defaultValue={value}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, invalid)}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

function describedBy(id: string, hint: string | undefined, invalid: boolean | undefined): string | undefined {
  const ids = [invalid ? errorAlertId : undefined, hint ? `${id}-hint` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A form that changes something, posting to its own page. It carries the session's token in a
 * hidden field, which the portal checks before it acts (http/with-session.ts): a page on another
 * site cannot read it, so it cannot post on the customer's behalf.
 */
export function PostForm({ action, children, noValidate = true }: { action: string; children: ReactNode; noValidate?: boolean }) {
  const token = useContext(FormTokenContext);
  return (
    <form method="post" action={action} noValidate={noValidate}>
      <input type="hidden" name={FORM_TOKEN_FIELD} value={token} />
      {children}
    </form>
  );
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { timingSafeEqual } from 'node:crypto';
import { createContext } from 'react';

/** The hidden field every state-changing form carries (views/form-parts.tsx, PostForm). */
export const FORM_TOKEN_FIELD = 'formToken';

/**
 * The session a page is rendered for, read when the page is rendered (a renewed session has a new
 * token). withSession runs its resolver inside it and
 * htmlResponse hands it to the views through FormTokenContext, so no form can be rendered without
 * its token and no handler has to remember to pass it.
 */
export const formTokenScope = new AsyncLocalStorage<{ readonly formToken: string }>();

/** What PostForm reads; '' outside a session (a page with a form is always inside one). */
export const FormTokenContext = createContext('');

/**
 * True when the posted form carries this session's token. The body is read from a clone, so the
 * resolver still reads the form itself; a body that is not a form carries no token.
 */
export async function carriesFormToken(request: Request, token: string): Promise<boolean> {
  let posted: FormDataEntryValue | null = null;
  try {
    posted = (await request.clone().formData()).get(FORM_TOKEN_FIELD);
  } catch {
    return false;
  }
  if (typeof posted !== 'string') return false;
  const expected = Buffer.from(token);
  const given = Buffer.from(posted);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

import { FORM_TOKEN_FIELD } from '../http/form-token';
import { VisitorState } from './visitor-state';

export interface HttpPage {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * A browser as far as the standalone server can tell, over real HTTP on 127.0.0.1: a cookie jar,
 * the form token of the last page that had a form, and extra headers on every request (a test
 * portal's id and carrier headers). Redirects are not followed, so a test sees each 303.
 */
export class HttpVisitor extends VisitorState {
  constructor(
    private readonly origin: string,
    private readonly headers: Record<string, string> = {},
  ) {
    super();
  }

  get(path: string): Promise<HttpPage> {
    return this.send(path, { method: 'GET' });
  }

  /** Opens the form's page, then submits it with the token it carried, as a person does. */
  async post(path: string, form: Record<string, string>): Promise<HttpPage> {
    await this.get(path);
    return this.postAsIs(path, { [FORM_TOKEN_FIELD]: this.formToken, ...form });
  }

  /** Posts exactly `form`: what a page on another site makes the browser send. */
  postAsIs(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<HttpPage> {
    return this.send(path, { method: 'POST', body: new URLSearchParams(form), headers });
  }

  private async send(path: string, init: { method: string; body?: URLSearchParams; headers?: Record<string, string> }): Promise<HttpPage> {
    const headers: Record<string, string> = { ...this.headers, ...init.headers };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const response = await fetch(new URL(path, this.origin), { method: init.method, body: init.body, headers, redirect: 'manual' });
    const body = await this.read(response);
    return { status: response.status, headers: response.headers, body };
  }
}

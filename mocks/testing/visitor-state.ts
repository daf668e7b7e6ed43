import { FORM_TOKEN_FIELD } from '../http/form-token';

/**
 * What a browser keeps between a test client's requests (mocks/testing: over HTTP, or straight
 * into the handlers): its cookies, and the form token the last page carried.
 */
export class VisitorState {
  readonly cookies = new Map<string, string>();
  formToken = '';

  /** The Cookie header for the next request, or undefined while there is no cookie. */
  cookieHeader(): string | undefined {
    return this.cookies.size > 0 ? [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  /** Keeps the cookies a response set and the form token its page carries; returns the page's text. */
  async read(response: Response): Promise<string> {
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const separator = pair.indexOf('=');
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    const body = await response.text();
    const token = new RegExp(`name="${FORM_TOKEN_FIELD}" value="([^"]*)"`).exec(body);
    if (token) this.formToken = token[1];
    return body;
  }
}

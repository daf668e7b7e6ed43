import { getResponse } from 'msw';
import { LINE_HEADER, NETWORK_HEADER, type Network } from '../carrier';
import { FORM_TOKEN_FIELD } from '../http/form-token';
import { PORTAL_ORIGIN, type Portal } from '../portal';

export interface PageResult {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * One phone talking to one portal through msw's getResponse, the way the bridge does: carrier
 * headers on every request and its own cookie jar, so tests read like a customer's visit.
 */
export class PortalClient {
  private readonly cookies = new Map<string, string>();
  /** The form token of the last page that had a form: a post sends it, as the browser sends the form it shows. */
  private formToken = '';

  constructor(
    private readonly portal: Portal,
    // Any string, so a test can send a network the carrier never names; Network says which it does.
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    public phone: { network?: Network | string; line?: string } = { network: 'sp-mode' },
  ) {}

  get(path: string): Promise<PageResult> {
    return this.send(new Request(new URL(path, PORTAL_ORIGIN), { headers: this.headers() }));
  }

  /**
   * Opens the form's page and submits it, as a customer does: every portal form posts to its own
   * address and carries the token of the page it was shown on (http/form-token.ts).
   */
  async post(path: string, form: Record<string, string>): Promise<PageResult> {
    await this.get(path);
    return this.postAsIs(path, { [FORM_TOKEN_FIELD]: this.formToken, ...form });
  }

  /** Posts exactly `form`, without opening the page first: what a page on another site can do. */
  postAsIs(path: string, form: Record<string, string>): Promise<PageResult> {
    const headers = this.headers();
    headers.set('content-type', 'application/x-www-form-urlencoded');
    return this.send(new Request(new URL(path, PORTAL_ORIGIN), { method: 'POST', headers, body: new URLSearchParams(form).toString() }));
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Puts a cookie in this phone's jar, e.g. one taken from another phone. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private headers(): Headers {
    const headers = new Headers();
    if (this.phone.network !== undefined) headers.set(NETWORK_HEADER, this.phone.network);
    if (this.phone.line !== undefined) headers.set(LINE_HEADER, this.phone.line);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    return headers;
  }

  private async send(request: Request): Promise<PageResult> {
    const response = await getResponse(this.portal.handlers, request, { baseUrl: PORTAL_ORIGIN });
    if (!response) throw new Error(`No handler answered ${request.method} ${request.url}: the portal's 404 handler should catch every address.`);
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const separator = pair.indexOf('=');
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    const body = await response.text();
    const token = new RegExp(`name="${FORM_TOKEN_FIELD}" value="([^"]*)"`).exec(body);
    if (token) this.formToken = token[1];
    return { status: response.status, headers: response.headers, body };
  }
}

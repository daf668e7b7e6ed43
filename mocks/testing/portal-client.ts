import { getResponse } from 'msw';
import { LINE_HEADER, NETWORK_HEADER, type Network } from '../carrier';
import { FORM_TOKEN_FIELD } from '../http/form-token';
import { PORTAL_ORIGIN, type Portal } from '../portal';
import { VisitorState } from './visitor-state';

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
  /** Its cookies, and the form token of the last page that had a form: a post sends it, as the browser sends the form it shows. */
  private readonly state = new VisitorState();

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
    return this.postAsIs(path, { [FORM_TOKEN_FIELD]: this.state.formToken, ...form });
  }

  /** Posts exactly `form`, without opening the page first: what a page on another site can do. */
  postAsIs(path: string, form: Record<string, string>): Promise<PageResult> {
    const headers = this.headers();
    headers.set('content-type', 'application/x-www-form-urlencoded');
    return this.send(new Request(new URL(path, PORTAL_ORIGIN), { method: 'POST', headers, body: new URLSearchParams(form).toString() }));
  }

  cookie(name: string): string | undefined {
    return this.state.cookies.get(name);
  }

  /** Puts a cookie in this phone's jar, e.g. one taken from another phone. */
  setCookie(name: string, value: string): void {
    this.state.cookies.set(name, value);
  }

  private headers(): Headers {
    const headers = new Headers();
    if (this.phone.network !== undefined) headers.set(NETWORK_HEADER, this.phone.network);
    if (this.phone.line !== undefined) headers.set(LINE_HEADER, this.phone.line);
    const cookie = this.state.cookieHeader();
    if (cookie) headers.set('cookie', cookie);
    return headers;
  }

  private async send(request: Request): Promise<PageResult> {
    const response = await getResponse(this.portal.handlers, request, { baseUrl: PORTAL_ORIGIN });
    if (!response) throw new Error(`No handler answered ${request.method} ${request.url}: the portal's 404 handler should catch every address.`);
    const body = await this.state.read(response);
    return { status: response.status, headers: response.headers, body };
  }
}

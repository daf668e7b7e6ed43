import type { BrowserContext } from 'playwright';
import { routeContextToHandlers } from '../../mocks/bridge';
import { createPortal, PORTAL_ORIGIN, type LineSeed } from '../../mocks/portal';
import { portalRevisionFromEnv } from '../../mocks/revisions';
import type { PortalSettings } from '../../mocks/settings';
import { TEST_API_PATH, TEST_PORTAL_HEADER, type TestPortalInfo } from '../../mocks/standalone/test-portals';
import { routeContextToServer } from './route-to-server';

export const PORTAL_URL_VARIABLE = 'PORTAL_URL';

/** How the phone's browser reaches the scenario's portal, and what the World may ask of that portal. */
export interface PortalConnection {
  /** For the guide's proof line: the embedded mock, or a portal at a URL. */
  readonly kind: 'embedded mock' | 'url';
  readonly origin: string;
  readonly revision: string;
  /** The portal's numbers; the steps read them instead of repeating them (mocks/settings.ts). */
  readonly settings: PortalSettings;
  addLine(seed: LineSeed): Promise<void>;
  /** The portal's "now" (the World moves the browser's clock with it). */
  setTime(time: Date): Promise<void>;
  /**
   * Sends the context's requests to the portal with the carrier's headers; any other address (at
   * any redirect hop), every WebSocket, RTCPeerConnection and worker is refused and reported.
   */
  route(context: BrowserContext, routing: CarrierRouting): Promise<void>;
  close(): Promise<void>;
}

export interface CarrierRouting {
  /** Read on every request: the phone may switch networks in the middle of a scenario. */
  carrierHeaders: () => Record<string, string>;
  onBlocked: (method: string, url: string) => void;
}

/** PORTAL_URL names a portal served over HTTP; without it each scenario gets an embedded one. */
export function connectPortal(env: NodeJS.ProcessEnv = process.env): Promise<PortalConnection> {
  const url = env[PORTAL_URL_VARIABLE];
  return url ? RemotePortal.open(portalOrigin(url)) : Promise.resolve(new EmbeddedPortal());
}

/** The origin PORTAL_URL names; a value that is not an http(s) address is refused with an example. */
export function portalOrigin(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
    throw new Error(
      `${PORTAL_URL_VARIABLE}="${url}" is not an http(s) address. Give the portal's address, e.g. ${PORTAL_URL_VARIABLE}=http://127.0.0.1:4010 (npm run portal serves one there).`,
    );
  }
  return parsed.origin;
}

/** The mocked portal in this process, its handlers reached through the msw bridge (mocks/bridge.ts). */
class EmbeddedPortal implements PortalConnection {
  readonly kind = 'embedded mock';
  readonly origin = PORTAL_ORIGIN;
  private readonly portal = createPortal({ revision: portalRevisionFromEnv() });
  readonly revision = this.portal.revision.name;
  readonly settings = this.portal.settings;

  async addLine(seed: LineSeed): Promise<void> {
    this.portal.model.addLine(seed);
  }

  async setTime(time: Date): Promise<void> {
    this.portal.clock.setTime(time);
  }

  route(context: BrowserContext, routing: CarrierRouting): Promise<void> {
    return routeContextToHandlers(context, { origin: this.origin, handlers: this.portal.handlers, ...routing });
  }

  async close(): Promise<void> {}
}

/**
 * A portal served over HTTP: the standalone mock (`npm run portal`) or a staging portal with the
 * same test API. The scenario asks it for a portal of its own, provisions its line there, and names
 * that portal on every request, so scenarios on other workers share nothing. Every request goes to
 * the server over HTTP, made from the route (route-to-server.ts) with what the carrier's network
 * would add (network and line); every redirect hop is checked there, and any other address, a
 * WebSocket, WebRTC connection or worker is refused and reported.
 */
class RemotePortal implements PortalConnection {
  readonly kind = 'url';

  private constructor(
    readonly origin: string,
    private readonly info: TestPortalInfo,
  ) {}

  get revision(): string {
    return this.info.revision;
  }

  get settings(): PortalSettings {
    return this.info.settings;
  }

  static async open(origin: string): Promise<RemotePortal> {
    const info = (await call(origin, 'POST', TEST_API_PATH)) as TestPortalInfo;
    if (typeof info?.id !== 'string' || typeof info.settings !== 'object') {
      throw new Error(`${origin}${TEST_API_PATH} did not answer with a test portal ({ id, revision, settings }).`);
    }
    return new RemotePortal(origin, info);
  }

  async addLine(seed: LineSeed): Promise<void> {
    await call(this.origin, 'POST', `${TEST_API_PATH}/${this.info.id}/lines`, seed);
  }

  async setTime(time: Date): Promise<void> {
    await call(this.origin, 'PUT', `${TEST_API_PATH}/${this.info.id}/clock`, { time: time.toISOString() });
  }

  route(context: BrowserContext, routing: CarrierRouting): Promise<void> {
    return routeContextToServer(context, {
      origin: this.origin,
      headers: () => ({ ...routing.carrierHeaders(), [TEST_PORTAL_HEADER]: this.info.id }),
      onBlocked: routing.onBlocked,
    });
  }

  async close(): Promise<void> {
    await call(this.origin, 'DELETE', `${TEST_API_PATH}/${this.info.id}`).catch(() => undefined);
  }
}

/** One call to the test API; a portal that is down or has no test API is named with what to do. */
async function call(origin: string, method: string, path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${origin}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    const cause = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    throw new Error(
      `The portal at ${PORTAL_URL_VARIABLE}=${origin} does not answer (${cause}). Start it (npm run portal -- --port ${new URL(origin).port || 80}) or unset ${PORTAL_URL_VARIABLE} to use the embedded mock.`,
    );
  }
  const text = await response.text();
  if (response.status === 404 && path === TEST_API_PATH) {
    throw new Error(
      `The portal at ${origin} has no test API (${TEST_API_PATH} answered 404): ${PORTAL_URL_VARIABLE} must name the mocked portal (npm run portal) or a staging portal that has its test API.`,
    );
  }
  if (!response.ok) {
    let reason = text;
    try {
      reason = (JSON.parse(text) as { error?: string }).error ?? text;
    } catch {
      // not JSON: the text as it came
    }
    throw new Error(`The portal's test API refused ${method} ${path} (${response.status}): ${reason}`);
  }
  return text ? JSON.parse(text) : undefined;
}

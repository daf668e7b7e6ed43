import { randomUUID } from 'node:crypto';
import { createPortal, type LineSeed, type Portal } from '../portal';
import type { PortalRevision } from '../revisions';
import type { PortalSettings } from '../settings';

/**
 * The standalone server's test-only API, which only the mock has: a suite run against the server
 * over HTTP (PORTAL_URL) asks it for a fresh portal per scenario, provisions the scenario's line in
 * it and sets its clock, then names it on every request with TEST_PORTAL_HEADER. Scenarios that
 * run side by side, on other workers or other machines, share nothing but the server process.
 *
 *     POST   /__test/portals                 → 201 { id, revision, settings }
 *     POST   /__test/portals/:id/lines       { phoneNumber, networkPin, … } → 201
 *     PUT    /__test/portals/:id/clock       { time: ISO 8601 } → 204
 *     DELETE /__test/portals/:id             → 204
 */
export const TEST_API_PATH = '/__test/portals';
export const TEST_PORTAL_HEADER = 'x-test-portal';

/** What a harness learns of the portal it was given. */
export interface TestPortalInfo {
  id: string;
  revision: string;
  settings: PortalSettings;
}

/**
 * A run cut off before its After hooks never deletes its portals; past this many, idle ones go,
 * so a server left running for days does not grow without bound. Far above one run's scenarios
 * in flight at once (one per cucumber worker).
 */
const maxLivePortals = 200;

/**
 * Only a portal unused this long may be evicted: a scenario asks its portal something every few
 * seconds, so it is never one of them. Before, the 201st new portal evicted the oldest even while
 * its scenario was running, which then read 404 pages.
 */
const idlePortalMs = 10 * 60_000;

/** How many evicted ids are remembered, so a late request learns why its portal is gone. */
const rememberedEvictions = 1000;

export class TestPortals {
  private readonly portals = new Map<string, { portal: Portal; lastUsed: number }>();
  private readonly evicted = new Set<string>();

  private readonly capacity: number;
  private readonly now: () => number;

  /** `capacity` and `now` are for tests: a few portals and a moved clock stand for 200 and ten minutes. */
  constructor(
    private readonly revision: PortalRevision,
    options: { capacity?: number; now?: () => number } = {},
  ) {
    this.capacity = options.capacity ?? maxLivePortals;
    this.now = options.now ?? Date.now;
  }

  /** The portal, marked as in use; undefined when it is gone. */
  get(id: string): Portal | undefined {
    const entry = this.portals.get(id);
    if (entry) entry.lastUsed = this.now();
    return entry?.portal;
  }

  /** Why there is no portal `id`, for the 404 a scenario sees. */
  whyGone(id: string): string {
    return this.evicted.has(id)
      ? `No test portal ${id}: it was unused for more than ${idlePortalMs / 60_000} minutes and was evicted to make room for new ones.`
      : `No test portal ${id}: it was deleted, or the server was restarted. Create one with POST ${TEST_API_PATH}.`;
  }

  /** Answers a request under TEST_API_PATH, or undefined when the path is not the API's. */
  async answer(request: Request): Promise<Response | undefined> {
    const path = new URL(request.url).pathname;
    if (path !== TEST_API_PATH && !path.startsWith(`${TEST_API_PATH}/`)) return undefined;
    const [id, part] = path.slice(TEST_API_PATH.length + 1).split('/');
    try {
      if (!id) return request.method === 'POST' ? this.create() : notAllowed('POST');
      const portal = this.get(id);
      if (!portal) return problem(404, this.whyGone(id));
      if (part === undefined && request.method === 'DELETE') {
        this.portals.delete(id);
        return new Response(null, { status: 204 });
      }
      if (part === 'lines' && request.method === 'POST') {
        portal.model.addLine(lineSeedFrom(await readJson(request)));
        return new Response(null, { status: 201 });
      }
      if (part === 'clock' && request.method === 'PUT') {
        portal.clock.setTime(timeFrom(await readJson(request)));
        return new Response(null, { status: 204 });
      }
      return problem(404, `${request.method} ${path} is not part of the test API (see mocks/standalone/test-portals.ts).`);
    } catch (error) {
      return problem(400, (error as Error).message);
    }
  }

  private create(): Response {
    if (this.portals.size >= this.capacity) this.evictIdle();
    if (this.portals.size >= this.capacity) {
      return problem(
        503,
        `The server holds ${this.capacity} test portals, all used in the last ${idlePortalMs / 60_000} minutes. ` +
          `Delete finished ones (DELETE ${TEST_API_PATH}/:id) or try again later.`,
      );
    }
    const id = randomUUID();
    const portal = createPortal({ revision: this.revision });
    this.portals.set(id, { portal, lastUsed: this.now() });
    const info: TestPortalInfo = { id, revision: portal.revision.name, settings: portal.settings };
    return Response.json(info, { status: 201 });
  }

  private evictIdle(): void {
    const idleSince = this.now() - idlePortalMs;
    for (const [id, entry] of this.portals) {
      if (entry.lastUsed > idleSince) continue;
      this.portals.delete(id);
      this.evicted.add(id);
      if (this.evicted.size > rememberedEvictions) this.evicted.delete(this.evicted.values().next().value as string);
    }
  }
}

function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}

function notAllowed(method: string): Response {
  return problem(405, `Use ${method} on ${TEST_API_PATH}.`);
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new Error('The body is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('The body must be a JSON object.');
  return body as Record<string, unknown>;
}

const optionalString = (value: unknown, name: string): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`"${name}" must be a string.`);
  return value;
};

const optionalPair = (value: unknown, name: string): { userId: string; password: string } | undefined => {
  if (value === undefined || value === null) return undefined;
  const pair = value as Record<string, unknown>;
  const userId = optionalString(pair.userId, `${name}.userId`);
  const password = optionalString(pair.password, `${name}.password`);
  if (userId === undefined || password === undefined) throw new Error(`"${name}" needs a "userId" and a "password".`);
  return { userId, password };
};

/** A line as JSON, checked field by field; the model then applies its own rules to the values. */
function lineSeedFrom(body: Record<string, unknown>): LineSeed {
  const phoneNumber = optionalString(body.phoneNumber, 'phoneNumber');
  const networkPin = optionalString(body.networkPin, 'networkPin');
  if (phoneNumber === undefined || networkPin === undefined) throw new Error('A line needs a "phoneNumber" and a "networkPin".');
  return {
    phoneNumber,
    networkPin,
    birthday: optionalString(body.birthday, 'birthday'),
    spModePassword: optionalString(body.spModePassword, 'spModePassword'),
    docomoId: optionalPair(body.docomoId, 'docomoId'),
    wifi: optionalPair(body.wifi, 'wifi'),
  };
}

function timeFrom(body: Record<string, unknown>): Date {
  const time = new Date(optionalString(body.time, 'time') ?? NaN);
  if (Number.isNaN(time.getTime())) throw new Error('"time" must be an ISO 8601 date and time, like 2025-12-01T12:30:00Z.');
  return time;
}

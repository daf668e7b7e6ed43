import type { IncomingMessage, ServerResponse } from 'node:http';

/** Connection-level headers belong to the hop between browser and server, not to the request. */
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/**
 * Turns a Node request into a Fetch Request for msw's getResponse. `overrides` replace whatever
 * the browser sent under the same names: the carrier headers must come from the server alone.
 */
export async function toFetchRequest(incoming: IncomingMessage, baseUrl: string, overrides: Record<string, string | undefined>): Promise<Request> {
  const headers = new Headers();
  for (const [name, values] of Object.entries(incoming.headersDistinct)) {
    if (hopByHop.has(name) || name in overrides || !values) continue;
    for (const value of values) headers.append(name, value);
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(incoming));
  return new Request(new URL(incoming.url ?? '/', baseUrl), { method, headers, body });
}

/** Writes a Fetch Response back, every Set-Cookie header as its own header line. */
export async function writeFetchResponse(response: Response, outgoing: ServerResponse, withBody = true): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') outgoing.setHeader(name, value);
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0) outgoing.setHeader('set-cookie', setCookies);
  outgoing.setHeader('content-length', body.length);
  outgoing.end(withBody ? body : undefined);
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

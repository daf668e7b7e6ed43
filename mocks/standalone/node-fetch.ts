import type { IncomingMessage, ServerResponse } from 'node:http';

/** Connection-level headers belong to the hop between browser and server, not to the request. */
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/** A request body over the server's cap (settings.ts, formBodyMaxBytes): answered 413, never read whole. */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes.`);
  }
}

/**
 * Turns a Node request into a Fetch Request for msw's getResponse. `overrides` replace whatever
 * the browser sent under the same names: the carrier headers must come from the server alone.
 * A body is read up to `maxBodyBytes` and no further (BodyTooLargeError past it).
 */
export async function toFetchRequest(
  incoming: IncomingMessage,
  baseUrl: string,
  overrides: Record<string, string | undefined>,
  maxBodyBytes: number,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, values] of Object.entries(incoming.headersDistinct)) {
    if (hopByHop.has(name) || name in overrides || !values) continue;
    for (const value of values) headers.append(name, value);
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(incoming, maxBodyBytes));
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

/** Refuses on the declared length when there is one, else as soon as the chunks pass the cap. */
async function readBody(incoming: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(incoming.headers['content-length'] ?? 0) > maxBytes) throw new BodyTooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

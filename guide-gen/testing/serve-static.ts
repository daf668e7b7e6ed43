import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticSiteHandler } from '../../scripts/serve-site/static-site-handler';

/**
 * Serves a built site from a folder on 127.0.0.1 and a free port, the way `npm run serve` and a
 * static host do (text gzipped, `/a` answered with `/a.html`). For tests and benchmarks.
 */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(staticSiteHandler(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

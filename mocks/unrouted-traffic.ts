import type { BrowserContext } from 'playwright';

/** Told of each socket, peer connection or worker a page tried to open; none of them is ever opened. */
export type OnBlocked = (method: string, url: string) => void;

const refusalBinding = '__harnessRefused';

/**
 * Closes every WebSocket and refuses every RTCPeerConnection and worker a page of the context
 * tries to open, and reports each attempt as a blocked request. `context.route` sees none of them:
 * a WebSocket's handshake and WebRTC's STUN and TURN traffic leave the browser beside the routed
 * requests (measured: a page's `new WebSocket('ws://127.0.0.1:…')` reached the listener, and its
 * RTCPeerConnection sent 4 STUN packets to a 127.0.0.1 UDP listener and opened a TCP connection to
 * a TURN server there). `routeWebSocket` reaches only pages and their frames, not workers: a
 * dedicated worker's WebSocket still reached the listener, so workers are refused as a whole (the
 * portal runs none). All of it is refused in the page, so a browser served from another machine
 * (PLAYWRIGHT_WS_ENDPOINT) is held to it too; Chromium's own WebRTC policy (browser.ts) keeps UDP
 * shut even if a page got hold of a real RTCPeerConnection.
 */
export async function blockUnroutedTraffic(context: BrowserContext, onBlocked: OnBlocked): Promise<void> {
  // Not connected to the server: the page sees the socket close (1008, policy violation), never open.
  await context.routeWebSocket(
    () => true,
    (socket) => {
      onBlocked('WEBSOCKET', socket.url());
      return socket.close({ code: 1008, reason: 'The mocked portal serves no WebSocket.' });
    },
  );
  await context.exposeBinding(refusalBinding, (_source, kind: string, target: string) => onBlocked(kind, target));
  await context.addInitScript(refuseUnroutedConstructors, refusalBinding);
}

/** Runs in every frame before its own scripts: each constructor reports what it was asked for, and throws. */
function refuseUnroutedConstructors(binding: string): void {
  const report = (window as unknown as Record<string, (kind: string, target: string) => Promise<void>>)[binding];
  function refuse(kind: string, target: string): never {
    void report(kind, target);
    throw new DOMException(`The mocked portal allows no ${kind} (${target}).`, 'NotAllowedError');
  }
  function RefusedPeerConnection(configuration?: RTCConfiguration): never {
    const servers = (configuration?.iceServers ?? []).flatMap((server) => [server.urls].flat());
    return refuse('RTCPeerConnection', servers.join(' ') || '(no ICE server)');
  }
  function RefusedWorker(script: string | URL): never {
    return refuse('WORKER', new URL(String(script), location.href).href);
  }
  const refusals: Record<string, unknown> = {
    RTCPeerConnection: RefusedPeerConnection,
    webkitRTCPeerConnection: RefusedPeerConnection,
    Worker: RefusedWorker,
    SharedWorker: RefusedWorker,
  };
  for (const [name, value] of Object.entries(refusals)) Object.defineProperty(window, name, { value, writable: false, configurable: false });
  if (navigator.serviceWorker) {
    const register = async (script: string | URL) => RefusedWorker(script);
    Object.defineProperty(navigator.serviceWorker, 'register', { value: register, writable: false, configurable: false });
  }
}

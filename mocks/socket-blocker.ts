import type { BrowserContext } from 'playwright';

/** Told of each socket or peer connection a page tried to open; none of them is ever opened. */
export type OnBlocked = (method: string, url: string) => void;

const peerConnectionBinding = '__harnessPeerConnectionRefused';

/**
 * Closes every WebSocket and refuses every RTCPeerConnection a page of the context tries to open,
 * and reports each attempt as a blocked request. `context.route` never sees either: a WebSocket's
 * handshake and WebRTC's STUN and TURN traffic leave the browser beside the routed requests
 * (measured: a page's `new WebSocket('ws://127.0.0.1:…')` reached the network, and its
 * RTCPeerConnection sent 4 STUN packets to a 127.0.0.1 UDP listener and opened a TCP connection
 * to a TURN server there). Both are refused in the page, so a browser served from another machine
 * (PLAYWRIGHT_WS_ENDPOINT) is held to it too; Chromium's own WebRTC policy (browser.ts) keeps UDP
 * shut even if a page got hold of a real RTCPeerConnection.
 */
export async function blockSocketsAndPeerConnections(context: BrowserContext, onBlocked: OnBlocked): Promise<void> {
  // Not connected to the server: the page sees the socket close (1008, policy violation), never open.
  await context.routeWebSocket(
    () => true,
    (socket) => {
      onBlocked('WEBSOCKET', socket.url());
      return socket.close({ code: 1008, reason: 'The mocked portal serves no WebSocket.' });
    },
  );
  await context.exposeBinding(peerConnectionBinding, (_source, servers: string) => onBlocked('RTCPeerConnection', servers));
  await context.addInitScript(refusePeerConnections, peerConnectionBinding);
}

/** Runs in every page before its own scripts: the constructors report the ICE servers asked for, and throw. */
function refusePeerConnections(binding: string): void {
  const report = (window as unknown as Record<string, (servers: string) => void>)[binding];
  function RefusedPeerConnection(configuration?: RTCConfiguration): never {
    const servers = (configuration?.iceServers ?? []).flatMap((server) => [server.urls].flat());
    void report(servers.join(' ') || '(no ICE server)');
    throw new DOMException('The mocked portal allows no WebRTC connection.', 'NotAllowedError');
  }
  for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection']) {
    Object.defineProperty(window, name, { value: RefusedPeerConnection, writable: false, configurable: false });
  }
}

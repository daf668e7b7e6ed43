import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import type { Page } from 'playwright';

/** A STUN server's address on this machine's loopback that only counts the packets it hears. */
export interface StunListener {
  readonly url: string;
  readonly packets: number;
  /** Settles when the first packet arrives: a leak is seen at once, not after gathering's timeouts. */
  readonly firstPacket: Promise<void>;
  close(): Promise<void>;
}

export async function listenForStun(): Promise<StunListener> {
  const socket = createSocket('udp4');
  let packets = 0;
  const firstPacket = new Promise<void>((resolve) => socket.once('message', () => resolve()));
  socket.on('message', () => packets++);
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    url: `stun:127.0.0.1:${socket.address().port}`,
    get packets() {
      return packets;
    },
    firstPacket,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

/**
 * What a page gets when it asks for an RTCPeerConnection with the listener as its STUN server:
 * the error's name when it is refused, "gathered" when ICE gathering ends, "sent" as soon as the
 * listener hears a packet.
 */
export async function tryPeerConnection(page: Page, stun: StunListener): Promise<string> {
  const inPage = page.evaluate(async (url) => {
    try {
      const connection = new RTCPeerConnection({ iceServers: [{ urls: url }] });
      connection.createDataChannel('probe');
      const gathered = new Promise<void>((resolve) =>
        connection.addEventListener('icegatheringstatechange', () => connection.iceGatheringState === 'complete' && resolve()),
      );
      await connection.setLocalDescription(await connection.createOffer());
      await gathered;
      connection.close();
      return 'gathered';
    } catch (error) {
      return (error as Error).name;
    }
  }, stun.url);
  return Promise.race([inPage, stun.firstPacket.then(() => 'sent')]);
}

/** A TCP listener on 127.0.0.1 that counts the connections it gets and closes each at once. */
export async function listenForTcp(): Promise<{ port: number; readonly connections: number; close(): void }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    get connections() {
      return connections;
    },
    close: () => server.close(),
  };
}

/** What a page's WebSocket went through, from the constructor to its close event. */
export function tryWebSocket(page: Page, url: string): Promise<string[]> {
  return page.evaluate(
    (url) =>
      new Promise<string[]>((resolve) => {
        const events: string[] = [];
        const socket = new WebSocket(url);
        socket.onopen = () => events.push('open');
        socket.onclose = (event) => resolve([...events, `close ${event.code}`]);
      }),
    url,
  );
}

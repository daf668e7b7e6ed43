import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright';

/** Where Debian and Ubuntu put their Chromium; Playwright cannot download its own on every machine. */
const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const CHROMIUM_PATH_VARIABLE = 'CHROMIUM_PATH';
/** A browser on another machine (`npx playwright run-server`, or `chromium.launchServer()`), past this machine's cores. */
export const BROWSER_ENDPOINT_VARIABLE = 'PLAYWRIGHT_WS_ENDPOINT';

export class BrowserNotFoundError extends Error {}

/**
 * Chooses the Chromium to launch: the path in CHROMIUM_PATH when set, else Playwright's own build
 * when it was downloaded, else the system's. Returns undefined for "let Playwright use its own".
 */
export function chromiumExecutable(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightOwn: string = chromium.executablePath(),
): string | undefined {
  const override = env[CHROMIUM_PATH_VARIABLE];
  if (override) {
    if (exists(override)) return override;
    throw new BrowserNotFoundError(
      `Failed to launch Chromium: ${CHROMIUM_PATH_VARIABLE}=${override} does not exist. ` +
        `Point it at a Chromium binary or unset it to use ${systemChromiumPaths[0]}.`,
    );
  }
  if (playwrightOwn && exists(playwrightOwn)) return undefined;
  const system = systemChromiumPaths.find(exists);
  if (system) return system;
  throw new BrowserNotFoundError(
    `Failed to launch Chromium: neither Playwright's own browser nor ${systemChromiumPaths.join(' or ')} was found. ` +
      `Install it (apt-get install chromium fonts-noto-cjk) or set ${CHROMIUM_PATH_VARIABLE} to a Chromium binary.`,
  );
}

/**
 * Chromium's sandbox cannot start as root, so only then is it turned off. The other flags keep a
 * headless browser from calling Google's update and sync services, which a closed network refuses,
 * and WebRTC off UDP: a page's RTCPeerConnection sent 4 STUN packets to a 127.0.0.1 listener
 * without it and none with it. It is the second line (TURN over TCP still connected in the same
 * measurement, and a remote browser is launched elsewhere); the first is that every routed context
 * refuses RTCPeerConnection itself (mocks/unrouted-traffic.ts). `--force-webrtc-ip-handling-policy`,
 * the name some guides give, changed nothing.
 */
export function chromiumArgs(isRoot: boolean = process.getuid?.() === 0): string[] {
  const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const noWebRtcUdp = '--webrtc-ip-handling-policy=disable_non_proxied_udp';
  return isRoot ? ['--no-sandbox', ...quiet, noWebRtcUdp] : [...quiet, noWebRtcUdp];
}

/**
 * The worker's Chromium: a remote one when PLAYWRIGHT_WS_ENDPOINT names it, else launched here.
 * Routing stays in this process either way, so the embedded portal answers a remote browser too.
 */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const endpoint = env[BROWSER_ENDPOINT_VARIABLE];
  if (endpoint) {
    try {
      return await chromium.connect(endpoint, { timeout: 30_000 });
    } catch (error) {
      throw new BrowserNotFoundError(
        `Failed to connect to the browser at ${BROWSER_ENDPOINT_VARIABLE}=${endpoint}: ${(error as Error).message.split('\n')[0]}. ` +
          `Start one there (npx playwright run-server --port N) or unset ${BROWSER_ENDPOINT_VARIABLE} to launch Chromium here.`,
      );
    }
  }
  const options: LaunchOptions = { executablePath: chromiumExecutable(), args: chromiumArgs(), headless: true };
  try {
    return await chromium.launch(options);
  } catch (error) {
    const path = options.executablePath ?? chromium.executablePath();
    throw new BrowserNotFoundError(
      `Failed to launch Chromium at ${path}: ${(error as Error).message.split('\n')[0]}. ` +
        `Check that it runs (${path} --version) or set ${CHROMIUM_PATH_VARIABLE} to another Chromium binary.`,
    );
  }
}

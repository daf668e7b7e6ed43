import { devices, type BrowserContextOptions } from 'playwright';
import { LINE_HEADER, NETWORK_HEADER, type Network } from '../../mocks/carrier';
import { SCREENSHOT_DENSITY } from '../pages/screen-record';

/**
 * The customer's phone: its line, how it is connected, and which browser it opens the portal in.
 * The bridge passes line and network to the portal as the carrier's network would.
 */
export interface Phone {
  phoneNumber: string;
  network: Network;
  profile: PhoneProfileName;
}

/**
 * A Galaxy S24 (docomo sells it as SC-51E) at CSS size, in Japanese, on Tokyo time, drawn at 2
 * device pixels per CSS pixel (the phone has 3): the guide's screenshots are sharp on a phone at
 * 2×, and 3× would store 2.25 times the pixels of 2× for no difference a reader sees.
 */
const galaxy = { ...devices['Galaxy S24'], deviceScaleFactor: SCREENSHOT_DENSITY };
const japanese = { locale: 'ja-JP', timezoneId: 'Asia/Tokyo' } as const;

export const phoneProfiles = {
  /** The phone's own browser (Samsung Internet on a Galaxy). */
  'built-in browser': {
    ...galaxy,
    ...japanese,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; SC-51E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
  },
  'mobile Chrome': { ...galaxy, ...japanese },
} satisfies Record<string, BrowserContextOptions>;

export type PhoneProfileName = keyof typeof phoneProfiles;

export function carrierHeadersOf(phone: Phone): Record<string, string> {
  return { [NETWORK_HEADER]: phone.network, [LINE_HEADER]: phone.phoneNumber };
}

/**
 * What the guide tells the reader to do to put her phone on each network. sp-mode comes first
 * because every page of her own credentials opens over sp-mode only (features/use-sp-mode.feature).
 */
export const networkInstructions: Record<Network, string> = {
  'sp-mode': 'Turn off Wi-Fi and tethering, so that your phone uses sp-mode (its own mobile data).',
  wifi: 'Connect your phone to Wi-Fi.',
  tethering: "Turn on tethering (sharing your phone's mobile data with another device).",
};

/** What the guide tells the reader to open the portal in. */
export const phoneBrowserInstructions: Record<PhoneProfileName, string> = {
  'built-in browser': "Open your phone's own browser.",
  'mobile Chrome': 'Open Chrome on your phone.',
};

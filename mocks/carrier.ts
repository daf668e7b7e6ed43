/**
 * How the carrier's network tells the portal who is calling and over what.
 *
 * A real docomo portal learns the line and the access point from the carrier's network, never from
 * the page. The mock models that with two request headers that only the bridge (for a test's
 * browser) and the standalone server (for a person's browser) set; the portal trusts nothing else.
 */
export const NETWORK_HEADER = 'x-carrier-network';
export const LINE_HEADER = 'x-carrier-line';

/** sp-mode is the phone's own data connection (APN spmode.ne.jp); tethering switches to dcmtrg.ne.jp. */
export const networks = ['sp-mode', 'wifi', 'tethering'] as const;
export type Network = (typeof networks)[number];

export function isNetwork(value: string | null | undefined): value is Network {
  return (networks as readonly string[]).includes(value ?? '');
}

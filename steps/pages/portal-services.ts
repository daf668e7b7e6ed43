import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { DocomoIdMenuPage, type DocomoIdOperation } from './docomo-id-menu-page';
import { MenuPage } from './menu-page';
import { screenLabels, type ScreenLabel } from './screen-label';
import { noteInstruction } from './screen-record';
import { SupportPage } from './support-page';
import { TopPage } from './top-page';
import { WifiLoginPage } from './wifi-login-page';

/**
 * The places on the portal where a customer is asked for a credential, by the names the spec
 * gives them, and how she gets to each: from the top page through Customer Support as a person
 * would, or at the address she was sent to (a login page, a shop's item, a hotspot).
 */
export interface PortalService {
  open(page: Page, origin: string): Promise<void>;
  /** The heading of the page that asks for the credential. */
  asks: ScreenLabel;
  /** The heading she reaches once the credential is accepted. */
  inside: ScreenLabel;
}

async function fromCustomerSupport(page: Page, origin: string, topic: ScreenLabel, entry?: ScreenLabel): Promise<void> {
  const top = new TopPage(page, origin);
  await top.open();
  await top.openCustomerSupport();
  await new SupportPage(page).openTopic(topic);
  if (entry) await new MenuPage(page).choose(entry);
}

const docomoIdOperation = (operation: DocomoIdOperation, inside: ScreenLabel): PortalService => ({
  open: async (page, origin) => {
    await fromCustomerSupport(page, origin, screenLabels.docomoIdPassword);
    await new DocomoIdMenuPage(page).choose(operation);
  },
  asks: screenLabels.networkPinEntry,
  inside,
});

/** A page she was sent to rather than one she found in the menus; the guide says how she got there. */
const atAddress = (path: string, instruction: string) => async (page: Page, origin: string) => {
  noteInstruction(page, instruction);
  await page.goto(`${origin}${path}`);
};

export const portalServices = {
  'logging in with a docomo ID': {
    open: atAddress(portalPaths.login, "Open the docomo ID login page, docomo IDでログイン, in your phone's browser."),
    asks: screenLabels.docomoIdLogin,
    inside: screenLabels.loggedIn,
  },
  'changing mail settings': {
    open: (page, origin) => fromCustomerSupport(page, origin, screenLabels.mailSettingsTopic),
    asks: screenLabels.spModePasswordEntry,
    inside: screenLabels.mailSettings,
  },
  'paying for content': {
    open: atAddress(portalPaths.contentPurchase, "Open the item you want to pay for on your phone bill, such as a ringtone, in your phone's browser."),
    asks: screenLabels.contentPurchase,
    inside: screenLabels.purchased,
  },
  'logging in to docomo Wi-Fi': {
    open: (page, origin) => new WifiLoginPage(page, origin).open(),
    asks: screenLabels.wifiLogin,
    inside: screenLabels.wifiConnected,
  },
  'issuing a docomo ID (発行)': docomoIdOperation('create', screenLabels.docomoIdIssuePage),
  'checking the docomo ID (確認)': docomoIdOperation('verify', screenLabels.docomoIdCheck),
  'changing or unlocking the docomo ID (変更/ロック解除)': docomoIdOperation('change', screenLabels.docomoIdChangePage),
  'deleting the docomo ID (削除)': docomoIdOperation('delete', screenLabels.docomoIdDeletePage),
  'resetting the sp-mode password': {
    open: (page, origin) => fromCustomerSupport(page, origin, screenLabels.spModeTopic, screenLabels.spModePasswordReset),
    asks: screenLabels.networkPinEntry,
    inside: screenLabels.spModePasswordReset,
  },
  'seeing the Wi-Fi user id and password': {
    open: (page, origin) => fromCustomerSupport(page, origin, screenLabels.wifiTopic, screenLabels.wifiCredentialsLink),
    asks: screenLabels.networkPinEntry,
    inside: screenLabels.wifiCredentials,
  },
  'changing the sp-mode password': {
    open: (page, origin) => fromCustomerSupport(page, origin, screenLabels.spModeTopic, screenLabels.spModePasswordChange),
    asks: screenLabels.spModePasswordChange,
    inside: screenLabels.spModePasswordChange,
  },
  'changing the network PIN': {
    open: (page, origin) => fromCustomerSupport(page, origin, screenLabels.contractTopic, screenLabels.networkPinChange),
    asks: screenLabels.networkPinChange,
    inside: screenLabels.networkPinChange,
  },
} satisfies Record<string, PortalService>;

export type PortalServiceName = keyof typeof portalServices;

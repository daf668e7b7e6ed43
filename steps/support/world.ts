import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import type { Browser, BrowserContext, Page } from 'playwright';
import type { Customer } from './customer';
import { carrierHeadersOf, phoneProfiles, type Phone, type PhoneProfileName } from './phone';
import { connectPortal, type PortalConnection } from './portal-connection';
import { ScenarioClock } from './scenario-clock';

/** How long one browser action may wait; the step timeout (hooks.ts) is a multiple of it. */
export const actionTimeoutMs = 10_000;

/**
 * One scenario's world: its own portal, its own browser context and page, and the customer's
 * phone. Nothing here outlives the scenario; the browser itself is per worker (see hooks.ts).
 */
export class PortalWorld extends World {
  private connection?: PortalConnection;
  /** The portal's clock and the phone browser's, moved together (no scenario waits for real time). */
  readonly clock = new ScenarioClock((time) => this.portal.setTime(time));
  phone: Phone = { phoneNumber: '', network: 'sp-mode', profile: 'built-in browser' };
  /** The docomo ID she had before 発行 or 変更/ロック解除 replaced it: the one that must stop working. */
  formerDocomoId?: { userId: string; password: string };
  private currentCustomer?: Customer;
  private browserContext?: BrowserContext;
  private currentPage?: Page;
  /** Requests the mock does not answer, and WebSockets, WebRTC and workers: refused, and the scenario fails on them. */
  readonly blockedRequests: string[] = [];

  constructor(options: IWorldOptions) {
    super(options);
  }

  /**
   * The scenario's own portal: embedded (the revision PORTAL_REVISION names, the current one by
   * default), or a fresh one on the server PORTAL_URL names.
   */
  get portal(): PortalConnection {
    if (!this.connection) throw new Error('The scenario has no portal yet: the Before hook did not connect one.');
    return this.connection;
  }

  get origin(): string {
    return this.portal.origin;
  }

  async connectPortal(): Promise<void> {
    this.connection = await connectPortal();
  }

  async disconnectPortal(): Promise<void> {
    await this.connection?.close();
  }

  get customer(): Customer {
    if (!this.currentCustomer) throw new Error("No customer yet: start the scenario (or its Background) with the customer's line.");
    return this.currentCustomer;
  }

  /** The customer and her line, which the scenario's portal gets as she described it. */
  async setCustomer(customer: Customer): Promise<void> {
    this.currentCustomer = customer;
    this.phone.phoneNumber = customer.phoneNumber;
    await this.portal.addLine({
      phoneNumber: customer.phoneNumber,
      networkPin: customer.networkPin,
      docomoId: customer.docomoId,
      birthday: customer.birthday,
      spModePassword: customer.spModePassword,
      wifi: customer.wifi,
    });
  }

  get page(): Page {
    if (!this.currentPage) throw new Error('The phone has no browser page yet: the Before hook did not open one.');
    return this.currentPage;
  }

  get context(): BrowserContext | undefined {
    return this.browserContext;
  }

  /**
   * Opens the phone's browser (a fresh context in the worker's Chromium) with the phone's current
   * profile, routed into this scenario's portal. Called again, it closes the old one first: that is
   * how a scenario switches to another browser before it starts browsing.
   */
  async openPhoneBrowser(browser: Browser): Promise<void> {
    await this.browserContext?.close();
    const context = await browser.newContext(phoneProfiles[this.phone.profile]);
    // Below the step timeout, so a stuck action fails with Playwright's own account of what it waited for.
    context.setDefaultTimeout(actionTimeoutMs);
    await this.clock.attach(context);
    await this.portal.route(context, {
      carrierHeaders: () => carrierHeadersOf(this.phone),
      onBlocked: (method, url) => this.blockedRequests.push(`${method} ${url}`),
    });
    this.browserContext = context;
    this.currentPage = await context.newPage();
  }

  /** Switches the phone to another browser; only before the scenario's first page. */
  async usePhoneProfile(profile: PhoneProfileName): Promise<void> {
    if (this.hasPage() && this.page.url() !== 'about:blank') {
      throw new Error(`Choose the phone's browser (${profile}) before the scenario opens its first page.`);
    }
    const browser = this.browserContext?.browser();
    if (!browser) throw new Error('The phone has no browser to switch: the Before hook did not open one.');
    this.phone.profile = profile;
    await this.openPhoneBrowser(browser);
  }

  hasPage(): boolean {
    return this.currentPage !== undefined && !this.currentPage.isClosed();
  }
}

setWorldConstructor(PortalWorld);

import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import type { BrowserContext, Page } from 'playwright';
import { createPortal, PORTAL_ORIGIN, type Portal } from '../../mocks/portal';
import type { Customer } from './customer';
import type { Phone } from './phone';

/**
 * One scenario's world: its own portal, its own browser context and page, and the customer's
 * phone. Nothing here outlives the scenario; the browser itself is per worker (see hooks.ts).
 */
export class PortalWorld extends World {
  readonly portal: Portal = createPortal();
  readonly origin = PORTAL_ORIGIN;
  readonly portalRevision = 'current';
  phone: Phone = { phoneNumber: '', network: 'sp-mode', profile: 'built-in browser' };
  private currentCustomer?: Customer;
  private browserContext?: BrowserContext;
  private currentPage?: Page;
  /** Requests the mock does not answer; the bridge aborts them and the scenario fails on them. */
  readonly blockedRequests: string[] = [];

  constructor(options: IWorldOptions) {
    super(options);
  }

  get customer(): Customer {
    if (!this.currentCustomer) throw new Error('No customer yet: start the scenario (or its Background) with the customer\'s line.');
    return this.currentCustomer;
  }

  set customer(customer: Customer) {
    this.currentCustomer = customer;
    this.phone.phoneNumber = customer.phoneNumber;
    this.portal.model.addLine({ phoneNumber: customer.phoneNumber, networkPin: customer.networkPin, docomoId: customer.docomoId });
  }

  get page(): Page {
    if (!this.currentPage) throw new Error('The phone has no browser page yet: the Before hook did not open one.');
    return this.currentPage;
  }

  get context(): BrowserContext | undefined {
    return this.browserContext;
  }

  attachBrowser(context: BrowserContext, page: Page): void {
    this.browserContext = context;
    this.currentPage = page;
  }

  hasPage(): boolean {
    return this.currentPage !== undefined && !this.currentPage.isClosed();
  }
}

setWorldConstructor(PortalWorld);

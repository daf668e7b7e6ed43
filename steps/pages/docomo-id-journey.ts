import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { DocomoIdMenuPage, type DocomoIdOperation } from './docomo-id-menu-page';
import { NetworkPinPage } from './network-pin-page';
import { SupportPage } from './support-page';
import { TopPage } from './top-page';

/**
 * The way a customer reaches a docomo ID operation, through the menus only: the top page,
 * お客様サポート, docomo ID/パスワード, the operation, and its network PIN.
 */
export class DocomoIdJourney {
  /** Where the journey arrives: each operation's network PIN step (on its way through the top page, お客様サポート and the menu). */
  static readonly paths: readonly string[] = [
    portalPaths.docomoIdOperation('issue'),
    portalPaths.docomoIdOperation('verify'),
    portalPaths.docomoIdOperation('change'),
    portalPaths.docomoIdOperation('delete'),
  ];

  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {}

  async openMenu(): Promise<void> {
    const top = new TopPage(this.page, this.origin);
    await top.open();
    await top.openCustomerSupport();
    await new SupportPage(this.page).openDocomoIdPage();
  }

  async start(operation: DocomoIdOperation): Promise<void> {
    await this.openMenu();
    await new DocomoIdMenuPage(this.page).choose(operation);
  }

  async startWithNetworkPin(operation: DocomoIdOperation, pin: string): Promise<void> {
    await this.start(operation);
    await new NetworkPinPage(this.page).enter(pin);
  }
}

import type { Locator, Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { screenLabels, type ScreenLabel } from './screen-label';
import { noteInstruction, noteLabel, tapToNextPage } from './screen-record';

/** お客様サポート (Customer Support): a long list, with the docomo ID entry about halfway down. */
export class SupportPage {
  static readonly paths: readonly string[] = [portalPaths.support];

  constructor(readonly page: Page) {}

  get heading() {
    noteLabel(this.page, screenLabels.customerSupport);
    return this.page.getByRole('heading', { name: screenLabels.customerSupport.ja, level: 1 });
  }

  /** One entry of the list, by its label. */
  topic(label: ScreenLabel): Locator {
    noteLabel(this.page, label);
    return this.page.getByRole('main').getByRole('link', { name: label.ja, exact: true });
  }

  async openDocomoIdPage(): Promise<void> {
    await this.openTopic(screenLabels.docomoIdPassword);
  }

  async openTopic(label: ScreenLabel): Promise<void> {
    await tapToNextPage(this.page, this.page.getByRole('main').getByRole('link', { name: label.ja, exact: true }), label);
  }

  /** Scrolls the list until the entry is on screen, as a thumb would. */
  async scrollTo(label: ScreenLabel): Promise<void> {
    noteInstruction(this.page, `Scroll down until you see 「${label.ja}」 (${label.en}).`);
    await this.topic(label).scrollIntoViewIfNeeded();
  }

  /** How far down the whole page the entry sits: 0 at the very top, 1 at the very bottom. */
  async depthOnPage(entry: Locator): Promise<number> {
    return entry.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return (box.top + window.scrollY + box.height / 2) / document.documentElement.scrollHeight;
    });
  }
}

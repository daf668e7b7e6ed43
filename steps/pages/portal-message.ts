import type { Page } from 'playwright';
import type { ScreenLabel } from './screen-label';
import { noteLabel } from './screen-record';

/** What the portal tells the customer: a refusal in an alert, a done change in a status line, a page's heading. */
export class PortalMessage {
  constructor(readonly page: Page) {}

  alert(text: ScreenLabel) {
    noteLabel(this.page, text);
    return this.page.getByRole('alert').filter({ hasText: text.ja });
  }

  status(text: ScreenLabel) {
    noteLabel(this.page, text);
    return this.page.getByRole('status').filter({ hasText: text.ja });
  }

  /** A refusal or a confirmation: whichever the portal used to say it. */
  said(text: ScreenLabel) {
    noteLabel(this.page, text);
    return this.page.locator('[role=alert], [role=status]').filter({ hasText: text.ja });
  }

  heading(text: ScreenLabel) {
    noteLabel(this.page, text);
    return this.page.getByRole('heading', { name: text.ja, exact: true, level: 1 });
  }

  /** Text anywhere in the page's main part. */
  text(text: ScreenLabel) {
    noteLabel(this.page, text);
    return this.page.getByRole('main').getByText(text.ja, { exact: false });
  }
}

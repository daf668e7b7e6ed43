import type { Page } from 'playwright';
import { screenLabelFor } from './find-screen-label';
import type { ScreenLabel } from './screen-label';
import { noteLabel, tapToNextPage } from './screen-record';

/** A value typed into the field with this label. */
export type Entry = [label: ScreenLabel, value: string];

/**
 * Whatever form the page shows that asks for a credential: a network PIN, an sp-mode password, a
 * docomo ID or Wi-Fi login. Fills the labelled fields and taps the form's own button, whatever it
 * says (次へ, ログイン, 購入する…): the button's label is read off the screen for the guide.
 */
export class CredentialForm {
  constructor(readonly page: Page) {}

  field(label: ScreenLabel) {
    noteLabel(this.page, label);
    return this.page.getByRole('main').getByLabel(label.ja, { exact: true });
  }

  /** Every field a person can type into, in the page's main part. */
  get typedFields() {
    return this.page.getByRole('main').locator('form input:not([type=hidden]):not([type=checkbox])');
  }

  async submit(entries: Entry[]): Promise<void> {
    if (entries.length === 0) throw new Error('Nothing to enter: give at least one labelled value.');
    for (const [label, value] of entries) {
      await this.page.getByRole('main').getByLabel(label.ja, { exact: true }).fill(value);
      noteLabel(this.page, label, 'fill');
    }
    const form = this.page.getByRole('main').getByLabel(entries[0][0].ja, { exact: true }).locator('xpath=ancestor::form[1]');
    const button = form.getByRole('button');
    await tapToNextPage(this.page, button, screenLabelFor((await button.innerText()).trim()));
  }
}

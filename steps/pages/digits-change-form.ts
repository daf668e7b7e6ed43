import type { Page } from 'playwright';
import { portalPaths } from '../../mocks/portal-paths';
import { CredentialForm } from './credential-form';
import type { ScreenLabel } from './screen-label';

/** The three fields of a change form: the current value, then the new one twice. */
export interface ChangeFormLabels {
  current: ScreenLabel;
  next: ScreenLabel;
  again: ScreenLabel;
}

/** Changing a 4-digit secret (the sp-mode password, the network PIN): current, new, new again. */
export class DigitsChangeForm {
  static readonly paths: readonly string[] = [portalPaths.spModePasswordChange, portalPaths.networkPinChange];

  constructor(
    readonly page: Page,
    private readonly labels: ChangeFormLabels,
  ) {}

  async change(current: string, next: string, again: string = next): Promise<void> {
    await new CredentialForm(this.page).submit([
      [this.labels.current, current],
      [this.labels.next, next],
      [this.labels.again, again],
    ]);
  }

  /** Tries the change once with each of these current values, as someone guessing would. */
  async changeWithEach(currents: string[], next: string): Promise<void> {
    for (const current of currents) await this.change(current, next);
  }
}

import { normalizePhoneNumber } from './phone-number';

/** The one mail setting the mock models: enough to show that changing it needs the sp-mode password. */
export interface MailSettingValues {
  spamFilter: boolean;
}

/** Every line's mail settings; a line starts with the spam filter off. Part of PortalModel. */
export class MailSettings {
  private readonly values = new Map<string, MailSettingValues>();

  of(phoneNumber: string): MailSettingValues {
    return { ...(this.values.get(normalizePhoneNumber(phoneNumber)) ?? { spamFilter: false }) };
  }

  save(phoneNumber: string, values: MailSettingValues): void {
    this.values.set(normalizePhoneNumber(phoneNumber), { ...values });
  }
}

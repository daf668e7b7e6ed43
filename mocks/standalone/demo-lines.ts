import type { LineSeed } from '../model/portal-model';

/**
 * The lines the standalone server starts with: one with a docomo ID to verify, one without, so a
 * person can see both answers. The PINs avoid same-digit numbers and the birthday on purpose.
 */
export const demoLines: LineSeed[] = [
  {
    phoneNumber: '090-1234-5678',
    networkPin: '4821',
    birthday: '1990-04-12',
    docomoId: { userId: 'hanako2013', password: 'Sakura2013' },
    // The sp-mode password is left at the default (0000); the Wi-Fi pair shows the Wi-Fi page.
    wifi: { userId: 'wf7h2k9q', password: 'Kaze8812' },
  },
  { phoneNumber: '080-1111-2222', networkPin: '1357', birthday: '1985-09-30' },
];

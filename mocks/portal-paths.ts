import type { DocomoIdOperationSlug } from './docomo-id-operations';

/**
 * Every address the portal serves, as relative paths: the same handlers answer under
 * https://smt.docomo.ne.jp in tests and under http://127.0.0.1:PORT in the standalone server.
 */
export const portalPaths = {
  top: '/',
  support: '/support/',
  supportTopic: (slug: string) => `/support/${slug}/`,
  docomoIdMenu: '/support/docomo-id/',
  /** Everything under the docomo ID menu: all of it sits behind the sp-mode gate. */
  docomoIdAnything: '/support/docomo-id/*',
  /** Each operation starts with the network PIN step at this address. */
  docomoIdOperation: (slug: DocomoIdOperationSlug) => `/support/docomo-id/${slug}/`,
  docomoIdVerifyResult: '/support/docomo-id/verify/result',
  /** 発行: the terms to agree to, then the new docomo ID. */
  docomoIdIssueConsent: '/support/docomo-id/issue/consent',
  docomoIdIssued: '/support/docomo-id/issue/done',
  /** 変更/ロック解除: the form with the current user id pre-filled, then what changed. */
  docomoIdChangeForm: '/support/docomo-id/change/form',
  docomoIdChanged: '/support/docomo-id/change/done',
  /** 削除: a confirmation, then the ID is gone. */
  docomoIdDeleteConfirm: '/support/docomo-id/delete/confirm',
  docomoIdDeleted: '/support/docomo-id/delete/done',
  /** The docomo ID login page: any network, no line needed (an ID is looked up among every line). */
  login: '/login/',
  loggedIn: '/login/done',
  /** The other credentials (handlers/credential-handlers.ts). Mail settings start with the sp-mode password. */
  mailSettings: '/support/mail/',
  mailSettingsForm: '/support/mail/settings',
  mailSettingsSaved: '/support/mail/settings/done',
  spModeMenu: '/support/sp-mode/',
  spModePasswordChange: '/support/sp-mode/password/change/',
  spModePasswordChanged: '/support/sp-mode/password/change/done',
  /** Starts with the network PIN; a right one resets the sp-mode password to the default. */
  spModePasswordReset: '/support/sp-mode/password/reset/',
  spModePasswordResetDone: '/support/sp-mode/password/reset/done',
  contractMenu: '/support/contract/',
  networkPinChange: '/support/contract/network-pin/',
  networkPinChanged: '/support/contract/network-pin/done',
  wifiMenu: '/support/wifi/',
  /** Starts with the network PIN, then shows the line's Wi-Fi user id and password. */
  wifiCredentials: '/support/wifi/credentials/',
  wifiCredentialsShown: '/support/wifi/credentials/result',
  /** docomo Wi-Fi's login page, as a hotspot shows it: any network, no line needed. */
  wifiLogin: '/wifi/login/',
  wifiLoggedIn: '/wifi/login/done',
  /** A paid item: buying it asks for the sp-mode password. */
  contentPurchase: '/content/ringtone/',
  contentPurchased: '/content/ringtone/done',
} as const;

@guide-start
Feature: Which password is which?
  Four credentials; tap what you need.

  | credential | looks like | locks | tasks |
  | --- | --- | --- | --- |
  | **docomo ID** | a user id and a password (letters *and* digits) | after {docomoIdLoginMaxFailures} wrong passwords (the portal's setting) | [Forgot it](verify-docomo-id.feature) · [Locked](change-or-unlock-docomo-id.feature) · [New password](change-or-unlock-docomo-id.feature) · [Can't log in](docomo-id-login.feature) · [Get one](create-docomo-id.feature) · [Delete it](delete-docomo-id.feature) |
  | **sp-mode password** (spモードパスワード) | 4 digits; **0000** until you change it | {spModePasswordMaxFailures} wrong in a row, until 0:00 the next day | [Forgot it](reset-sp-mode-password.feature) · [Locked](sp-mode-password-lock.feature) · [Change it](change-sp-mode-password.feature) |
  | **Wi-Fi user id and password** (ユーザーID, パスワード) | its own user id and password | not documented | [Forgot them](wifi-credentials.feature) · [Log in to Wi-Fi](wifi-credentials.feature) |
  | **network PIN** (ネットワーク暗証番号) | 4 digits you chose; no default | {networkPinMaxFailures} wrong in a row; only a **docomo shop** unlocks it | [Locked](network-pin-gate.feature) · [Change it](change-network-pin.feature) |

  The sp-mode password and the network PIN are both 4 digits and easy to mix up: one does not
  work in place of the other. Your docomo ID's password does not open the Wi-Fi, either.

  Background:
    Given Hanako has a docomo line:
      | phone number   | 090-1234-5678 |
      | network PIN    | 4739          |
      | docomo ID      | hanako.sato   |
      | password       | Sakura2024    |
      | Wi-Fi user id  | wf7h2k9q      |
      | Wi-Fi password | Kaze8812      |

  Rule: Each service asks for one credential, and that credential gets her in

    Scenario Outline: <service> asks for the <credential>
      If you are not sure which credential a page wants, look it up here: each service asks for one of the four, and your own gets you in.
      Given Hanako's phone is <connection>
      When she starts <service>
      Then she is asked for her <credential>, labelled "<on screen>"
      When she types her <credential>
      Then she gets into <service>

      Examples:
        | service                                               | credential                 | on screen              | connection |
        | logging in with a docomo ID                           | docomo ID and its password | docomo ID, パスワード  | on Wi-Fi   |
        | changing mail settings                                | sp-mode password           | spモードパスワード     | on sp-mode |
        | paying for content                                    | sp-mode password           | spモードパスワード     | on sp-mode |
        | logging in to docomo Wi-Fi                            | Wi-Fi user id and password | ユーザーID, パスワード | on Wi-Fi   |
        | issuing a docomo ID (発行)                            | network PIN                | ネットワーク暗証番号   | on sp-mode |
        | checking the docomo ID (確認)                         | network PIN                | ネットワーク暗証番号   | on sp-mode |
        | changing or unlocking the docomo ID (変更/ロック解除) | network PIN                | ネットワーク暗証番号   | on sp-mode |
        | deleting the docomo ID (削除)                         | network PIN                | ネットワーク暗証番号   | on sp-mode |
        | resetting the sp-mode password                        | network PIN                | ネットワーク暗証番号   | on sp-mode |
        | seeing the Wi-Fi user id and password                 | network PIN                | ネットワーク暗証番号   | on sp-mode |

  Rule: The other credentials do not work in its place

    Scenario Outline: <service> refuses her <mistaken for> in place of her <credential>
      If you type one credential where another is asked, such as your network PIN where your sp-mode password is asked, the portal refuses it and asks again.
      Given Hanako's phone is <connection>
      When she starts <service>
      And she types her <mistaken for> where her <credential> is asked
      Then she is refused and asked for her <credential> again

      Examples:
        | service                       | credential                 | mistaken for               | connection |
        | changing mail settings        | sp-mode password           | network PIN                | on sp-mode |
        | paying for content            | sp-mode password           | network PIN                | on sp-mode |
        | checking the docomo ID (確認) | network PIN                | sp-mode password           | on sp-mode |
        | logging in to docomo Wi-Fi    | Wi-Fi user id and password | docomo ID and its password | on Wi-Fi   |
        | logging in with a docomo ID   | docomo ID and its password | Wi-Fi user id and password | on Wi-Fi   |

@guide-start
Feature: Which password is which?
  docomo gives you four different things to remember, and the portal's pages rarely say which one
  they want in English. Here they are, side by side.

  | credential | what it looks like | where you are asked for it | what locks it | how to unlock it |
  | --- | --- | --- | --- | --- |
  | **docomo ID** and its password | a user id and a password of letters *and* digits | logging in to docomo's web services (ログイン) | too many wrong passwords in a row | 変更/ロック解除 (change or unlock) on the docomo ID page, with your network PIN |
  | **sp-mode password** (spモードパスワード) | 4 digits, no user id; **0000** unless you changed it | changing mail settings, paying for content on your phone bill | 3 wrong in a row | wait until **0:00 the next day**, or reset it to 0000 with your network PIN |
  | **Wi-Fi user id and password** (ユーザーID, パスワード) | a user id and a password of their own | docomo Wi-Fi's login page at a hotspot | not documented | see your Wi-Fi user id and password again with your network PIN |
  | **network PIN** (ネットワーク暗証番号) | 4 digits you chose at contract; no default | every docomo ID choice (発行, 確認, 変更/ロック解除, 削除), resetting the sp-mode password, seeing your Wi-Fi user id | 3 wrong in a row | only at a **docomo shop**; it never clears by itself |

  The sp-mode password and the network PIN are both 4 digits and easy to mix up: one does not
  work in place of the other. Your docomo ID's password does not open the Wi-Fi, either.

  Each service listed below was tried on the portal: the service is opened, the portal asks for
  the credential, and the customer's own credential gets her in. Each has its walkthrough.

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

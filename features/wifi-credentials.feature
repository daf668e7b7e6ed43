@guide-order-17
Feature: Log in to docomo Wi-Fi with your Wi-Fi user id and password
  docomo's public Wi-Fi spots have a login page of their own, and it takes the **Wi-Fi user id
  and password** (ユーザーID and パスワード), a pair that comes with the Wi-Fi service. They are
  *not* your docomo ID: your docomo ID and its password do not log you in to the Wi-Fi.

  To see them, go to Customer Support over sp-mode, tap **Wi-Fiサービス** (Wi-Fi service), then
  **ユーザーID・パスワードの確認** (see your user id and password), and enter your network PIN.

  Background:
    Given Hanako has a docomo line:
      | phone number   | 090-1234-5678 |
      | network PIN    | 4739          |
      | docomo ID      | hanako.sato   |
      | password       | Sakura2024    |
      | Wi-Fi user id  | wf7h2k9q      |
      | Wi-Fi password | Kaze8812      |

  Rule: The Wi-Fi user id and password have their own page, apart from the docomo ID

    Example: She looks them up with her network PIN
      If you do not know your Wi-Fi user id and password, see them over sp-mode: in Customer Support tap Wi-Fiサービス (Wi-Fi service), then ユーザーID・パスワードの確認, and enter your network PIN.
      Given Hanako's phone is on sp-mode
      When she looks up her Wi-Fi user id and password with her network PIN
      Then she sees her Wi-Fi user id and password
      And the page does not show her docomo ID or its password

    Example: A wrong network PIN shows nothing
      If you type a wrong network PIN to see them, the portal says the PIN is wrong and shows nothing.
      Given Hanako's phone is on sp-mode
      When she looks up her Wi-Fi user id and password with the network PIN "1111"
      Then she is told the network PIN is wrong

  Rule: Only the Wi-Fi user id and password open docomo Wi-Fi

    @how-to
    Example: Her Wi-Fi user id and password log her in
      Given Hanako's phone is on Wi-Fi
      When she logs in to docomo Wi-Fi with her Wi-Fi user id and password
      Then she is connected to docomo Wi-Fi

    Example: Her docomo ID password does not work as the Wi-Fi password
      If you type your docomo ID's password as the Wi-Fi password, the login page says the user id or password is wrong.
      Given Hanako's phone is on Wi-Fi
      When she logs in to docomo Wi-Fi with her Wi-Fi user id and her docomo ID's password
      Then she is told "ユーザーIDまたはパスワードが正しくありません"

    Example: Nor does her docomo ID with its password
      If you log in to docomo Wi-Fi with your docomo ID and its password, that is refused too: only the Wi-Fi user id and password work.
      Given Hanako's phone is on Wi-Fi
      When she logs in to docomo Wi-Fi with her docomo ID and its password
      Then she is told "ユーザーIDまたはパスワードが正しくありません"

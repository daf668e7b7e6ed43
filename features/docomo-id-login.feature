@guide-order-3
Feature: Log in with your docomo ID
  docomo's web services ask for your docomo ID and its password on the page **docomo IDでログイン**
  (log in with your docomo ID). From the portal's top page, tap **ログイン** (log in) near the top.
  Unlike the docomo ID menu, this page works over any connection, Wi-Fi included.

  Type the password exactly as it was set: capitals matter.

  Too many wrong passwords in a row lock your docomo ID. How many is the portal's choice (docomo
  does not publish the number). Once it is locked, even the right password is refused, and the
  page tells you the way out: set a new password under **変更/ロック解除** (change or unlock) in the
  docomo ID menu, over sp-mode. That unlocks it at once. Logging in with the right password before
  the limit starts the count again.

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | docomo ID    | hanako2024    |
      | password     | Sakura2024    |

  Scenario: Her docomo ID and password log her in, over Wi-Fi too
    If your phone is on Wi-Fi, you can still log in with your docomo ID: this page works over any connection.
    Given Hanako's phone is on Wi-Fi
    When she logs in with her docomo ID and password
    Then she is logged in

  Scenario: Reloading the page after logging in keeps her logged in, without sending her password again
    If you reload the page after logging in, you stay logged in: your password is not sent a second time.
    Given Hanako's phone is on Wi-Fi
    When she logs in with her docomo ID and password
    And she reloads the page
    Then the reload did not send her password again
    And she is logged in

  Scenario: A wrong password is refused
    If you type a wrong password, the page says the docomo ID or password is wrong.
    When she logs in with her docomo ID and the password "Sakura2025"
    Then she is told the docomo ID or password is wrong

  Rule: The password is case-sensitive

    @how-to
    Example: Typed exactly, capitals and all, it logs her in
      When she logs in with her docomo ID and the password "Sakura2024"
      Then she is logged in

    Scenario Outline: Typed <how>, it is refused
      If you type your password with the capitals wrong (all in lower case, all in capitals, or every letter swapped), it is refused: capitals matter.
      When she logs in with her docomo ID and the password "<password>"
      Then she is told the docomo ID or password is wrong

      Examples:
        | how                      | password   |
        | in lowercase             | sakura2024 |
        | in capitals              | SAKURA2024 |
        | with every letter's case swapped | sAKURA2024 |

  Rule: As many wrong passwords in a row as the portal allows lock the docomo ID

    Example: One wrong password fewer than the limit, then the right one, logs her in
      If you have typed a wrong password one time fewer than the portal allows, the right one still logs you in.
      When she mistypes her password one time fewer than the portal allows
      And she logs in with her docomo ID and password
      Then she is logged in

    Example: The right password starts the count again
      If you log in with the right password, the count of wrong ones starts again from zero.
      Given she has mistyped her password one time fewer than the portal allows, then logged in
      When she mistypes her password one time fewer than the portal allows
      And she logs in with her docomo ID and password
      Then she is logged in

    Example: The last wrong password the portal allows locks it
      If you type a wrong password as many times in a row as the portal allows, your docomo ID locks, and the page tells you to unlock it with 変更/ロック解除 (change or unlock).
      When she mistypes her password as many times as the portal allows
      Then she is told her docomo ID is locked and to unlock it with "変更/ロック解除"

    Example: Once locked, even the right password is refused
      If your docomo ID is locked, even the right password is refused, and the page tells you to unlock it with 変更/ロック解除 (change or unlock).
      Given she has mistyped her password as many times as the portal allows
      When she logs in with her docomo ID and password
      Then she is told her docomo ID is locked and to unlock it with "変更/ロック解除"

    Example: After a new password under 変更/ロック解除, she logs in again
      If your docomo ID is locked, set a new password under 変更/ロック解除 (change or unlock): that unlocks it at once, and the new password logs you in.
      Given she has mistyped her password as many times as the portal allows
      And she has changed her password to "Momiji2025"
      When she logs in with her docomo ID and password
      Then she is logged in

    Example: After 変更/ロック解除, the count of wrong passwords starts again from zero
      If you have unlocked your docomo ID under 変更/ロック解除 (change or unlock), one wrong password afterwards does not lock it again.
      Given she has mistyped her password as many times as the portal allows
      And she has changed her password to "Momiji2025"
      When she logs in with her docomo ID and the password "Sakura2025"
      Then she is told the docomo ID or password is wrong
      When she logs in with her docomo ID and password
      Then she is logged in

    Example: The lock is on her docomo ID only, not on anyone else's
      If someone else's docomo ID is locked, yours still logs you in: a lock is on one docomo ID only.
      Given she has mistyped her password as many times as the portal allows
      And Yui has a docomo line:
        | phone number | 080-2468-1357 |
        | network PIN  | 5062          |
        | docomo ID    | yuitanaka     |
        | password     | Kaede2020     |
      When she logs in with her docomo ID and password
      Then she is logged in

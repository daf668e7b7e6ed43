@guide-order-7
Feature: Change your docomo ID's password, or unlock it
  **変更/ロック解除** (change or unlock) gives your docomo ID a new password. It is also the way to
  unlock a docomo ID that was locked after too many wrong passwords.

  After your network PIN, the portal shows a form. Its **docomo ID** field already holds your
  current docomo ID; below it you type the new password twice, once in **新しいパスワード** (new
  password) and again in **新しいパスワード（確認）** (to confirm it). Then tap **変更する** (change).

  What to do with the docomo ID that is already filled in:

  - **Leave it as it is.** Your docomo ID stays the same and gets the new password. If it was
    locked, it is unlocked. This is what you want in almost every case.
  - **Type a different docomo ID** only to change the ID itself. Both the ID and the password then
    change, and from then on you log in with the new ID; the old one stops working.

  The new password has to follow the password rules ("Choose a docomo ID password the portal
  accepts"), and a new ID the ID rules ("Choose a new docomo ID the portal accepts").

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | docomo ID    | hanako2024    |
      | password     | Sakura2024    |
    And Hanako's phone is on sp-mode

  Scenario: The form starts with her current docomo ID filled in
    If you are not sure what to do with the docomo ID already filled in on the form, leave it as it is: the form itself says that this keeps your docomo ID and sets the new password.
    Given she has chosen to change or unlock her docomo ID
    When she enters her network PIN
    Then she sees her current docomo ID already filled in, and two fields for the new password
    And the page says that leaving it as it is keeps the ID and sets the new password

  Scenario: The form tells her when her docomo ID is locked
    If your docomo ID is locked after too many wrong passwords, the form says so, and that setting a new password unlocks it.
    Given she has mistyped her password as many times as the portal allows
    And she has chosen to change or unlock her docomo ID
    When she enters her network PIN
    Then the form says her docomo ID is locked and that a new password unlocks it

  Rule: Leaving the filled-in docomo ID as it is keeps the ID and sets the new password

    Example: The new password logs her in with the same docomo ID
      If you leave the docomo ID as it is and set a new password, your docomo ID stays the same and the new password logs you in.
      Given she has entered her network PIN to change or unlock her docomo ID
      When she sets the new password "Momiji2025", leaving the docomo ID as it is
      Then she is told the new password is set and her docomo ID stays the same
      When she logs in with her docomo ID and password
      Then she is logged in

    Example: The old password no longer logs her in
      If you log in with your old password after changing it, the login page says the docomo ID or password is wrong.
      Given she has changed her password to "Momiji2025"
      When she logs in with her old password
      Then she is told the docomo ID or password is wrong

    Example: An older docomo ID that today's rules would refuse is kept as it is
      If your docomo ID is an older one that today's rules would not accept, you can still leave it as it is and set a new password: the docomo ID is kept.
      Given Aiko has a docomo line:
        | phone number | 080-1357-2468 |
        | network PIN  | 2580          |
        | docomo ID    | aiko_1985     |
        | password     | Tsubaki1985   |
      And she has entered her network PIN to change or unlock her docomo ID
      When she sets the new password "Momiji2025", leaving the docomo ID as it is
      Then she is told the new password is set and her docomo ID stays the same

  Rule: Typing a different docomo ID changes the ID as well

    Example: She changes her docomo ID and its password together
      If you type a different docomo ID over the one filled in, both your docomo ID and its password change, and the new pair logs you in.
      Given she has entered her network PIN to change or unlock her docomo ID
      When she changes her docomo ID to "hanakosato" with the new password "Momiji2025"
      Then she is told her docomo ID and password were changed
      When she logs in with her docomo ID and password
      Then she is logged in

    Example: Her old docomo ID no longer logs her in, even with the new password
      If you changed your docomo ID, the old one no longer logs you in, not even with the new password.
      Given she has changed her docomo ID to "hanakosato" with the new password "Momiji2025"
      When she logs in with her old docomo ID and her new password
      Then she is told the docomo ID or password is wrong

  Rule: The new password must be typed the same way twice

    @how-to
    Example: The same password twice is accepted
      Given she has entered her network PIN to change or unlock her docomo ID
      When she types the new password "Momiji2025" and confirms it as "Momiji2025"
      Then her new password is set

    Example: Two different passwords are refused
      If the two new passwords you type differ, the form comes back and says they do not match.
      Given she has entered her network PIN to change or unlock her docomo ID
      When she types the new password "Momiji2025" and confirms it as "Momiji2052"
      Then she is told the two new passwords do not match

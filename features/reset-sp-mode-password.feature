@guide-order-15
Feature: Reset a forgotten or locked sp-mode password
  Forgot your **sp-mode password**, or locked it? Reset it with your **network PIN**: in Customer
  Support, tap **spモードのご利用・設定**, then **spモードパスワードのリセット** (reset your sp-mode
  password), and enter the network PIN. The sp-mode password is then **0000** again, and no
  longer locked. Change it to a number of your own afterwards.

  A wrong network PIN here counts towards the network PIN's own lock, which only a docomo shop
  can undo.

  Background:
    Given Hanako has a docomo line:
      | phone number     | 090-1234-5678 |
      | network PIN      | 4739          |
      | sp-mode password | 5829          |
    And Hanako's phone is on sp-mode

  Rule: The reset needs the network PIN and sets the sp-mode password back to 0000

    @how-to
    Example: After the reset, 0000 opens the mail settings
      When she resets her sp-mode password with her network PIN
      Then she is told "spモードパスワードを「0000」にリセットしました"
      When she enters the sp-mode password "0000" to change her mail settings
      Then she sees her mail settings

    Example: After the reset, her old sp-mode password no longer works
      If you try your old sp-mode password after a reset, the portal says it is wrong: the reset set it to 0000.
      Given she has reset her sp-mode password with her network PIN
      When she enters the sp-mode password "5829" to change her mail settings
      Then she is told the sp-mode password is wrong

    Example: A wrong network PIN resets nothing
      If you type a wrong network PIN to reset it, the portal says the PIN is wrong and your sp-mode password stays as it was.
      When she resets her sp-mode password with the network PIN "1111"
      Then she is told the network PIN is wrong
      When she enters the sp-mode password "5829" to change her mail settings
      Then she sees her mail settings

  Rule: The reset unlocks a locked sp-mode password at once

    Example: Locked at 21:30, she resets it and need not wait for midnight
      If your sp-mode password is locked, a reset unlocks it at once: you need not wait until 0:00 the next day.
      Given it is 2025-12-01 21:30 in Tokyo
      And she has locked her sp-mode password with wrong ones
      When she resets her sp-mode password with her network PIN
      And she enters the sp-mode password "0000" to change her mail settings
      Then she sees her mail settings

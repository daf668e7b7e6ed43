@guide-order-16
Feature: Change your mail settings with your sp-mode password
  The **sp-mode password** (spモードパスワード) is 4 digits, with no user id. The portal asks for
  it before you change your docomo mail settings, and again when you pay for content on your
  phone bill. Unless you have changed it, it is **0000**.

  It is not your network PIN, even though both are 4 digits, and not your docomo ID's password.

  In Customer Support, tap **ドコモメールの設定** (docomo mail settings), enter the sp-mode password
  and tap 次へ (next).

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
    And Hanako's phone is on sp-mode

  Rule: The mail settings open with her sp-mode password

    @how-to
    Example: She never changed it, so 0000 opens the mail settings
      When she starts changing mail settings
      Then she is asked for her sp-mode password
      When she enters the sp-mode password "0000"
      Then she sees her mail settings

    Example: A wrong sp-mode password is refused, with a warning about the lock
      If you type a wrong sp-mode password, the portal says so and warns you that 2 more wrong ones will lock it.
      When she starts changing mail settings
      And she enters the sp-mode password "4739"
      Then she is told the sp-mode password is wrong
      And she is warned that 2 more wrong ones will lock it

  Rule: What she changes there is kept

    Example: She turns on the spam filter
      If you want the spam filter, tap 迷惑メールフィルターを利用する (use the spam filter) and then 設定する (save the settings): the portal confirms the change and shows the filter as on.
      Given she has opened her mail settings with her sp-mode password
      When she turns on the spam filter
      Then she is told "メール設定を変更しました"
      And the portal shows "迷惑メールフィルター：利用する"

@guide-order-13
Feature: Change your sp-mode password
  Everyone's **sp-mode password** starts as **0000**, so it is worth changing. In Customer Support,
  tap **spモードのご利用・設定** (sp-mode: use and settings), then **spモードパスワードの変更**
  (change your sp-mode password).

  The form asks for the **current** sp-mode password first (現在のspモードパスワード), then the new
  one twice. The new one is 4 half-width digits. A wrong current password counts towards the
  lock like any other wrong entry (see "Get past a locked sp-mode password"). If you no longer
  know the current one, reset it instead.

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
    And Hanako's phone is on sp-mode

  Rule: Changing it needs the current one

    @how-to
    Example: With the current one, the new one is the sp-mode password from then on
      When she changes her sp-mode password from "0000" to "5829"
      Then she is told "spモードパスワードを変更しました"
      When she enters the sp-mode password "5829" to change her mail settings
      Then she sees her mail settings

    Example: With a wrong current one, nothing changes
      If you type your current sp-mode password wrong, the portal says so and your sp-mode password stays as it was.
      When she changes her sp-mode password from "1234" to "5829"
      Then she is told "現在のspモードパスワードが正しくありません"
      When she enters the sp-mode password "0000" to change her mail settings
      Then she sees her mail settings

  Rule: The new one is 4 half-width digits, typed the same way twice

    Scenario Outline: "<new>" confirmed as "<again>" is refused: <why>
      If your new sp-mode password is not 4 half-width digits, or you type it differently the second time, the portal refuses it and says why.
      When she changes her sp-mode password from "0000" to "<new>", confirming it as "<again>"
      Then she is told "<the portal says>"

      Examples:
        | new      | again    | why                    | the portal says                                             |
        | 582      | 582      | only 3 digits          | 新しいspモードパスワードは、4桁の半角数字で入力してください |
        | ５８２９ | ５８２９ | full-width digits      | 新しいspモードパスワードは、4桁の半角数字で入力してください |
        | 5829     | 5892     | the two entries differ | 新しいspモードパスワードと確認用の入力が一致しません        |

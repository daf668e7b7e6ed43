@guide-order-12
Feature: Choose a new network PIN
  The **network PIN** (ネットワーク暗証番号) is the 4 digits you chose when you signed your contract.
  Every docomo ID choice asks for it, and so do the sp-mode password reset and the Wi-Fi user id
  page. There is no default.

  To change it, go to Customer Support, tap **ご契約内容の確認・変更** (check or change your
  contract), then **ネットワーク暗証番号の変更** (change your network PIN). Enter the current PIN
  first (現在のネットワーク暗証番号), then the new one twice.

  The portal refuses a new PIN that is easy to guess:

  - one digit four times, such as 0000 or 1111;
  - your birthday: the year (1990), month and day (0412), or day and month (1204);
  - part of your phone number: its middle or last four digits (090-**1234**-**5678**).

  A wrong current PIN counts towards the lock: three in a row lock the network PIN, and then only
  a docomo shop can unlock it. Waiting does not help.

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | birthday     | 1990-04-12    |
      | docomo ID    | hanako.sato   |
      | password     | Sakura2024    |
    And Hanako's phone is on sp-mode

  Rule: Changing it needs the current network PIN

    Example: With the current one, the new PIN is asked from then on
      If you change your network PIN, the portal asks for the new one from then on, for example to check your docomo ID.
      When she changes her network PIN from "4739" to "3916"
      Then she is told "ネットワーク暗証番号を変更しました"
      When she checks her docomo ID with the network PIN "3916"
      Then she sees her docomo ID and its password

    Example: With a wrong current one, the PIN stays as it was
      If you type your current network PIN wrong, the portal says so and your network PIN stays as it was.
      When she changes her network PIN from "1111" to "3916"
      Then she is told "現在のネットワーク暗証番号が正しくありません"
      When she checks her docomo ID with the network PIN "4739"
      Then she sees her docomo ID and its password

  Rule: A PIN that is easy to guess is refused

    Scenario Outline: <new> is refused: <why>
      If your new network PIN is one digit four times, made from your birthday, or part of your phone number, the portal refuses it and says why.
      When she changes her network PIN from "4739" to "<new>"
      Then she is told "<the portal says>"

      Examples:
        | new  | why                                  | the portal says                                         |
        | 0000 | one digit four times                 | 同じ数字が4つ並ぶ番号（0000、1111など）は設定できません |
        | 1111 | one digit four times                 | 同じ数字が4つ並ぶ番号（0000、1111など）は設定できません |
        | 7777 | one digit four times                 | 同じ数字が4つ並ぶ番号（0000、1111など）は設定できません |
        | 9999 | one digit four times                 | 同じ数字が4つ並ぶ番号（0000、1111など）は設定できません |
        | 1990 | her birth year                       | 生年月日から作られる番号は設定できません                |
        | 0412 | her birthday, month and day          | 生年月日から作られる番号は設定できません                |
        | 1204 | her birthday, day and month          | 生年月日から作られる番号は設定できません                |
        | 1234 | the middle four digits of her number | 電話番号に含まれる番号は設定できません                  |
        | 5678 | the last four digits of her number   | 電話番号に含まれる番号は設定できません                  |

    Scenario Outline: <new> is accepted: <why>
      If your new network PIN only comes close to your birthday or to one digit four times, the portal accepts it: only the exact patterns are refused.
      When she changes her network PIN from "4739" to "<new>"
      Then she is told "ネットワーク暗証番号を変更しました"

      @how-to
      Examples:
        | new  | why                                          |
        | 3916 | nothing to do with her                       |

      Examples:
        | new  | why                                          |
        | 0413 | a day after her birthday is not her birthday |
        | 7778 | not one digit four times                     |

  Rule: The new PIN is 4 half-width digits, typed the same way twice

    Scenario Outline: A new PIN <what> is refused
      If your new network PIN is not 4 half-width digits (too short, with a letter in it, or typed in full-width digits), the portal asks you to type 4 half-width digits.
      When she changes her network PIN from "4739" to "<new>"
      Then she is told "新しいネットワーク暗証番号は、4桁の半角数字で入力してください"

      Examples:
        | what                 | new  |
        | of three digits      | 391  |
        | with a letter in it  | 39a6 |
        | in full-width digits | ３９１６ |

    Example: The new PIN must be typed the same way twice
      If you type the new network PIN differently the second time, the portal says the two do not match.
      When she changes her network PIN from "4739" to "3916", confirming it as "3961"
      Then she is told "新しいネットワーク暗証番号と確認用の入力が一致しません"

  Rule: Wrong current PINs lock it, and only a docomo shop unlocks it

    Example: One short of the limit, she can still change it
      If you have typed a wrong current network PIN one time fewer than the portal allows, the right one still changes it.
      Given she has entered a wrong current network PIN one time fewer than the portal allows
      When she changes her network PIN from "4739" to "3916"
      Then she is told "ネットワーク暗証番号を変更しました"

    Example: At the limit it locks, and she is sent to a docomo shop
      If you type a wrong current network PIN as many times in a row as the portal allows, your network PIN locks and the portal sends you to a docomo shop to unlock it.
      When she enters a wrong current network PIN as many times in a row as the portal allows
      Then she is told her network PIN is locked and only a docomo shop can unlock it

    Example: The lock does not clear by itself
      If your network PIN is locked, it is still locked after midnight: waiting does not help, only a docomo shop can unlock it.
      Given it is 2025-12-01 21:30 in Tokyo
      And she has entered a wrong current network PIN as many times in a row as the portal allows
      When the clock reaches 0:00 the next day
      And she changes her network PIN from "4739" to "3916"
      Then she is told her network PIN is locked and only a docomo shop can unlock it

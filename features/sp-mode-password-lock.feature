@guide-order-14
Feature: Get past a locked sp-mode password
  Enter a wrong **sp-mode password** three times in a row and it locks: the mail settings and
  content payments refuse even the right one. Unlike a locked network PIN, you do not need a
  docomo shop:

  - **wait**: the lock clears by itself at **0:00 the next day** (Japan time), however late in
    the day it locked; the portal shows when;
  - **or reset it now**: in Customer Support, tap **spモードのご利用・設定** then
    **spモードパスワードのリセット** and enter your network PIN. Your sp-mode password is back to
    **0000** and unlocked.

  A right password before the limit wipes the count of wrong ones.

  Background:
    Given Hanako has a docomo line:
      | phone number     | 090-1234-5678 |
      | network PIN      | 4739          |
      | sp-mode password | 5829          |
    And Hanako's phone is on sp-mode
    And it is 2025-12-01 21:30 in Tokyo

  Rule: As many wrong sp-mode passwords in a row as the portal allows lock it

    Example: One short of the limit, her sp-mode password still works
      If you have typed a wrong sp-mode password one time fewer than the portal allows, the right one still opens the mail settings.
      Given she has entered a wrong sp-mode password one time fewer than the portal allows
      When she enters her sp-mode password to change her mail settings
      Then she sees her mail settings

    Example: A right one in between starts the count again
      If you type the right sp-mode password, the count of wrong ones starts again from zero.
      Given she has entered a wrong sp-mode password one time fewer than the portal allows
      And she has opened her mail settings with her sp-mode password
      And she has entered a wrong sp-mode password one time fewer than the portal allows
      When she enters her sp-mode password to change her mail settings
      Then she sees her mail settings

    Example: At the limit it locks, and even the right one is refused
      If you type a wrong sp-mode password as many times in a row as the portal allows, it locks until 0:00 the next day, and even the right one is refused until then.
      When she enters a wrong sp-mode password as many times in a row as the portal allows
      Then she is told her sp-mode password is locked until 0:00 the next day
      When she enters her sp-mode password to change her mail settings
      Then she is told her sp-mode password is locked until 0:00 the next day

  Rule: The lock clears by itself at 0:00 the next day

    Scenario Outline: Locked at <locked at>, it is still locked at 23:59 and open again at 0:00
      If your sp-mode password is locked, it stays locked until 23:59 and works again from 0:00 the next day, however late or early in the day it locked.
      Given it is 2025-12-01 <locked at> in Tokyo
      And she has locked her sp-mode password with wrong ones
      When the clock reaches <then> <day>
      And she enters her sp-mode password to change her mail settings
      Then she <outcome>

      @how-to
      Examples:
        | locked at | then  | day          | outcome                                                        |
        | 21:30     | 0:00  | the next day | sees her mail settings                                         |

      Examples:
        | locked at | then  | day          | outcome                                                        |
        | 21:30     | 23:59 | the same day | is told her sp-mode password is locked until 0:00 the next day |
        | 0:05      | 23:59 | the same day | is told her sp-mode password is locked until 0:00 the next day |
        | 0:05      | 0:00  | the next day | sees her mail settings                                         |

  Rule: One lock covers every page that asks for the sp-mode password

    Example: Locked on the mail settings, a content payment is refused too
      If your sp-mode password is locked, paying for content is refused too: one lock covers every page that asks for it.
      Given she has locked her sp-mode password with wrong ones
      When she pays for content with her sp-mode password
      Then she is told her sp-mode password is locked until 0:00 the next day

    Example: Wrong ones at a content payment count towards the same lock
      If you type wrong sp-mode passwords while paying for content, they count towards the same lock as on the mail settings.
      When she pays for content with a wrong sp-mode password as many times in a row as the portal allows
      And she enters her sp-mode password to change her mail settings
      Then she is told her sp-mode password is locked until 0:00 the next day

    Example: Wrong current ones on the form to change it count towards the same lock
      If you type a wrong current sp-mode password on the form to change it, that counts towards the same lock too.
      When she tries to change her sp-mode password with a wrong current one as many times in a row as the portal allows
      And she enters her sp-mode password to change her mail settings
      Then she is told her sp-mode password is locked until 0:00 the next day

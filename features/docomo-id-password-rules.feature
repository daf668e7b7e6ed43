@guide-order-6
Feature: Choose a docomo ID password the portal accepts
  You choose your own docomo ID password on the **変更/ロック解除** (change or unlock) form. The
  portal checks it when you tap **変更する** (change). If it breaks a rule, the form comes back
  with a message in red naming the rule, and your password stays what it was until you choose
  one that passes.

  A docomo ID password:

  - is **not your docomo ID** itself;
  - **mixes letters and digits**: letters only, or digits only, is refused;
  - is **as long as the portal allows**: no shorter than its shortest and no longer than its
    longest length. The form and the message both state the two numbers;
  - uses **half-width letters, digits and symbols** only: no spaces, no full-width letters or
    symbols (the wide ones a Japanese keyboard types), no kana or kanji;
  - is **case-sensitive**: when you log in, type it exactly, capitals and all (see "Log in with
    your docomo ID").

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | docomo ID    | hanako2024    |
      | password     | Sakura2024    |
    And Hanako's phone is on sp-mode
    And she has entered her network PIN to change or unlock her docomo ID

  Rule: The password is not the docomo ID itself

    @how-to
    Example: A password that is not her docomo ID is accepted
      When she sets the new password "Momiji2025"
      Then her new password is set

    Example: Her docomo ID is refused as its own password
      If you choose your docomo ID itself as the password, the form comes back and asks for a password that differs from it.
      When she sets the new password "hanako2024"
      Then she is told the password must differ from her docomo ID

  Rule: The password mixes letters and digits

    Example: Letters and digits together are accepted
      If your password has digits first and letters after, it is accepted: letters and digits may come in any order.
      When she sets the new password "2025momiji"
      Then her new password is set

    Scenario Outline: A password of <what> only is refused
      If your password is letters only or digits only, the form comes back and asks you to mix letters and digits.
      When she sets the new password "<password>"
      Then she is told the password must mix letters and digits

      Examples:
        | what    | password   |
        | letters | Momijigari |
        | digits  | 2025102030 |

  Rule: The password is as long as the portal allows

    Scenario Outline: A password <length> is accepted
      If your password is exactly as short or exactly as long as the portal allows, it is accepted.
      When she sets a new password <length>
      Then her new password is set

      Examples:
        | length                         |
        | of the shortest length allowed |
        | of the longest length allowed  |

    Scenario Outline: A password <length> is refused
      If your password is one character shorter or longer than the portal allows, the form comes back and says how long a password must be.
      When she sets a new password <length>
      Then she is told how long a password must be

      Examples:
        | length                             |
        | one character shorter than allowed |
        | one character longer than allowed  |

  Rule: The password uses half-width letters, digits and symbols only

    Example: Symbols are allowed
      If you want symbols in your password, such as - or !, use them: half-width symbols are accepted.
      When she sets the new password "Momiji-2025!"
      Then her new password is set

    Scenario Outline: A password with <what> is refused
      If your password has a space, a full-width symbol or Japanese characters in it, the form comes back and says which characters a password may use.
      When she sets the new password "<password>"
      Then she is told which characters a password may use

      Examples:
        | what                 | password        |
        | a space              | Momiji 2025     |
        | a full-width symbol  | Momiji2025！    |
        | Japanese characters  | もみじMomiji2025 |

@guide-order-5
Feature: Choose a new docomo ID the portal accepts
  The portal picks your docomo ID when it issues one (発行). You choose one yourself only when you
  change it: on the **変更/ロック解除** (change or unlock) form, type the new ID over the one filled
  in, and a new password twice. The portal checks the new ID when you tap **変更する** (change); if
  it breaks a rule, the form comes back with a message in red and your docomo ID stays as it was.

  A new docomo ID is either:

  - **half-width letters and digits**, as many as the portal allows: no fewer than its shortest
    and no more than its longest length (the form and the message both state the two numbers).
    No spaces, underscores or other symbols, and no full-width or Japanese characters; or
  - an **email address**.

  A **phone number** may be your docomo ID only if it is your own mobile number: the number of the
  line you are changing it on. Older docomo IDs were often the phone number itself.

A docomo ID belongs to one line only, so one that someone else already has is refused.

  Leaving the filled-in ID as it is always passes: only a new ID is checked. In these examples
  she sets the password Momiji2025 along with the new ID.

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | docomo ID    | hanako2024    |
      | password     | Sakura2024    |
    And Hanako's phone is on sp-mode
    And she has entered her network PIN to change or unlock her docomo ID

  Rule: A docomo ID is half-width letters and digits, or an email address

    Scenario Outline: "<docomo ID>" is accepted
      If your new docomo ID is half-width letters and digits (capitals too) or an email address, it is accepted.
      When she changes her docomo ID to "<docomo ID>"
      Then her new docomo ID is set

      @how-to
      Examples:
        | docomo ID               |
        | hanakosato              |

      Examples:
        | docomo ID               |
        | HanakoSato1990          |
        | hanako.sato@example.com |

    Scenario Outline: <what> is refused
      If your new docomo ID has an underscore, a space, full-width or Japanese characters in it, or is an unfinished email address, the form says what a docomo ID may be.
      When she changes her docomo ID to "<docomo ID>"
      Then she is told what a docomo ID may be

      Examples:
        | what                            | docomo ID    |
        | A docomo ID with an underscore  | hanako_sato  |
        | A docomo ID with a space        | hanako sato  |
        | A docomo ID in full-width type  | ｈａｎａｋｏ２０２５ |
        | A docomo ID in Japanese         | はなこさとう       |
        | An email address cut short      | hanako.sato@ |

  Rule: A docomo ID of letters and digits is as long as the portal allows

    Scenario Outline: A docomo ID <length> is accepted
      If your new docomo ID is exactly as short or exactly as long as the portal allows, it is accepted.
      When she changes her docomo ID to a user id <length>
      Then her new docomo ID is set

      Examples:
        | length                         |
        | of the shortest length allowed |
        | of the longest length allowed  |

    Scenario Outline: A docomo ID <length> is refused
      If your new docomo ID is one character shorter or longer than the portal allows, the form says what a docomo ID may be.
      When she changes her docomo ID to a user id <length>
      Then she is told what a docomo ID may be

      Examples:
        | length                             |
        | one character shorter than allowed |
        | one character longer than allowed  |

  Rule: A phone number as the docomo ID must be her own mobile number

    Example: Her own mobile number is accepted
      If you want your own mobile number as your docomo ID, it is accepted.
      When she changes her docomo ID to "09012345678"
      Then her new docomo ID is set

    Scenario Outline: <whose> is refused
      If you try another line's mobile number or a landline number as your docomo ID, the form says a phone number must be your own mobile number.
      When she changes her docomo ID to "<docomo ID>"
      Then she is told a phone number as her docomo ID must be her own mobile number

      Examples:
        | whose                        | docomo ID   |
        | Another line's mobile number | 08011112222 |
        | A landline number            | 0312345678  |

  Rule: A docomo ID another line already has is refused

    Example: Yui's docomo ID cannot become Hanako's
      If the docomo ID you want already belongs to another line, the form says it is taken: choose a different one.
      Given another line already has the docomo ID "yuitanaka"
      When she changes her docomo ID to "yuitanaka"
      Then she is told that docomo ID is already taken

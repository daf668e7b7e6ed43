@guide-order-9
Feature: Reach your credentials over sp-mode, not Wi-Fi or tethering
  The portal can only tell it is *your* line when your phone talks to it over **sp-mode**, docomo's
  own mobile data (the access point `spmode.ne.jp`). So every page that shows or changes one of
  your credentials opens over sp-mode only:

  - over **Wi-Fi** the portal cannot see your line at all;
  - while **tethering** (sharing your phone's data with another device) the phone switches to
    another access point, `dcmtrg.ne.jp`, and the portal refuses that too.

  The portal then shows ご利用いただけません (not available) and asks you to turn Wi-Fi and
  tethering off. Do that, and try again on the same page: you do not have to start over.

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |

  Rule: Over sp-mode, the pages for her own line open

    Scenario Outline: Over sp-mode, <service> opens
      If your phone is on sp-mode, the pages to change your sp-mode password or network PIN and to pay for content open too.
      Given Hanako's phone is on sp-mode
      When she starts <service>
      Then she is on the page for <service>

      @how-to
      Examples:
        | service                       |
        | changing mail settings        |

      Examples:
        | service                       |
        | changing the sp-mode password |
        | changing the network PIN      |
        | paying for content            |

  Rule: Over Wi-Fi or while tethering, they are refused with the advice to turn it off

    Scenario Outline: <service> is refused <connection>
      If your phone is on Wi-Fi or tethering, the pages for your own line, such as the mail settings or the network PIN, show ご利用いただけません (not available) and ask you to turn Wi-Fi and tethering off.
      Given Hanako's phone is <connection>
      When she starts <service>
      Then she is asked to turn off Wi-Fi and tethering and use sp-mode

      Examples:
        | service                               | connection | access point |
        | changing mail settings                | on Wi-Fi   | none (Wi-Fi) |
        | changing mail settings                | tethering  | dcmtrg.ne.jp |
        | changing the sp-mode password         | on Wi-Fi   | none (Wi-Fi) |
        | resetting the sp-mode password        | tethering  | dcmtrg.ne.jp |
        | changing the network PIN              | on Wi-Fi   | none (Wi-Fi) |
        | changing the network PIN              | tethering  | dcmtrg.ne.jp |
        | seeing the Wi-Fi user id and password | on Wi-Fi   | none (Wi-Fi) |
        | paying for content                    | tethering  | dcmtrg.ne.jp |

  Rule: She can switch to sp-mode in the middle and try again

    Scenario Outline: Refused <connection>, she turns it off and tries the same page again
      If the portal refused a page because of Wi-Fi or tethering, turn it off and reload the page: you do not have to start over.
      Given Hanako's phone is <connection>
      And she has opened the docomo ID page from Customer Support, only to be refused
      When she turns off <what>
      And she tries again
      Then she sees the four docomo ID choices

      Examples:
        | connection | what      |
        | on Wi-Fi   | Wi-Fi     |
        | tethering  | tethering |

    Example: Trying again without turning Wi-Fi off is refused again
      If you reload the page without turning Wi-Fi off, the portal refuses it again.
      Given Hanako's phone is on Wi-Fi
      And she has opened the docomo ID page from Customer Support, only to be refused
      When she tries again
      Then she is asked to turn off Wi-Fi and tethering and use sp-mode

    Example: Half-way through the mail settings, she switches from Wi-Fi to sp-mode
      If you started changing your mail settings on Wi-Fi, turn Wi-Fi off and reload the page: the portal then asks for your sp-mode password.
      Given Hanako's phone is on Wi-Fi
      And she has started changing mail settings, only to be refused
      When she turns off Wi-Fi
      And she tries again
      Then she is asked for her sp-mode password

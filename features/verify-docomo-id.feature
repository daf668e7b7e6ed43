@guide-order-1
Feature: Find your docomo ID and its password
  Your **docomo ID** is a user id and a password that log you in to docomo's web services. When you
  have forgotten them, the portal shows both on your phone, once you have entered your
  **network PIN** (ネットワーク暗証番号, the 4 digits you chose at contract).

  It only does so over **sp-mode**, the phone's own mobile data: not over Wi-Fi, and not while
  the phone is tethering.

  If your line has no docomo ID yet, the page says so and offers **発行** (issue), which creates
  one: see "Create a docomo ID, or get a new one".

  Rule: After the network PIN, over sp-mode, the portal shows the line's docomo ID

    Background:
      Given Hanako has a docomo line:
        | phone number | 090-1234-5678 |
        | network PIN  | 4739          |
        | docomo ID    | hanako2024    |
        | password     | Sakura2024    |

    @how-to
    Scenario: Over sp-mode, the portal shows the docomo ID and its password
      Given Hanako's phone is on sp-mode
      When she opens the portal's top page
      And she goes to Customer Support
      And she opens the docomo ID page
      And she chooses to verify her docomo ID
      And she enters her network PIN
      Then she sees her docomo ID and its password

    Scenario: A locked docomo ID is shown too, with a note that a new password unlocks it
      If your docomo ID is locked after too many wrong passwords, the page still shows it and says that setting a new password under 変更/ロック解除 unlocks it.
      Given she has mistyped her password as many times as the portal allows
      And Hanako's phone is on sp-mode
      And she has chosen to verify her docomo ID
      When she enters her network PIN
      Then she sees her docomo ID and its password
      And the page says her docomo ID is locked and that a new password unlocks it

    Scenario: A mistyped network PIN can be entered again
      If you mistype your network PIN, the portal says so and you can type it again.
      Given Hanako's phone is on sp-mode
      And she has chosen to verify her docomo ID
      When she enters the network PIN "4793"
      Then she is told the network PIN is wrong
      When she enters her network PIN
      Then she sees her docomo ID and its password

    Scenario: Reloading the page with her docomo ID shows it again, without sending her PIN again
      If you reload the page that shows your docomo ID, it shows again: your network PIN is not sent a second time.
      Given Hanako's phone is on sp-mode
      And she has chosen to verify her docomo ID
      When she enters her network PIN
      And she reloads the page
      Then the reload did not send her network PIN again
      And she sees her docomo ID and its password

    Scenario Outline: The docomo ID page refuses a phone that is not on sp-mode
      If your phone is on Wi-Fi or tethering, the docomo ID page is refused and asks you to turn them off and use sp-mode.
      Given Hanako's phone is <connection>
      When she opens the docomo ID page from Customer Support
      Then she is asked to turn off Wi-Fi and tethering and use sp-mode

      Examples:
        | connection |
        | on Wi-Fi   |
        | tethering  |

  Rule: A line without a docomo ID is told so, and pointed to 発行

    Example: Yui has never had a docomo ID
      If your line has no docomo ID yet, the page says so and offers 発行 (issue) to create one.
      Given Yui has a docomo line:
        | phone number | 080-2468-1357 |
        | network PIN  | 5062          |
      When she verifies her docomo ID
      Then she is told her line has no docomo ID yet
      And she is offered "発行" to create one

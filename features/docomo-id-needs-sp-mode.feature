@guide-order-10
Feature: Every docomo ID operation needs sp-mode, from start to finish
  All four docomo ID operations, 発行 (issue), 確認 (verify), 変更/ロック解除 (change or unlock) and
  削除 (delete), work over **sp-mode** only, on every one of their pages. If you turn Wi-Fi on or
  start tethering half-way through, the next page is refused with **ご利用いただけません** (not
  available) and nothing is changed; a network PIN typed then is refused before it is checked.
  Turn Wi-Fi and tethering off again and start over from the docomo ID menu.

  Logging in with your docomo ID is different: that page works over any connection.

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | docomo ID    | hanako2024    |
      | password     | Sakura2024    |

  Rule: Over sp-mode from start to finish, the operation goes through

    @how-to
    Example: On sp-mode all the way, she checks her docomo ID
      Given Hanako's phone is on sp-mode
      And she has chosen to verify her docomo ID
      When she enters her network PIN
      Then she sees her docomo ID and its password

  Rule: The network PIN page of every operation refuses Wi-Fi and tethering

    Scenario Outline: On the way to <operation> her docomo ID, she <switches> before entering her network PIN
      If you turn on Wi-Fi or start tethering before you enter your network PIN, the portal refuses the page with ご利用いただけません (not available) and asks you to turn them off.
      Given she has chosen to <operation> her docomo ID
      When she <switches>
      And she enters her network PIN
      Then she is asked to turn off Wi-Fi and tethering and use sp-mode

      Examples:
        | operation        | switches         |
        | create           | turns on Wi-Fi   |
        | create           | starts tethering |
        | verify           | turns on Wi-Fi   |
        | verify           | starts tethering |
        | change or unlock | turns on Wi-Fi   |
        | change or unlock | starts tethering |
        | delete           | turns on Wi-Fi   |
        | delete           | starts tethering |

    Scenario Outline: A network PIN she types to <operation> her docomo ID after she <switches> is refused before it is checked
      If you type your network PIN over Wi-Fi or while tethering, the portal refuses the page before it checks the PIN.
      Given she has chosen to <operation> her docomo ID
      When she <switches>
      And she enters a wrong network PIN
      Then she is asked to turn off Wi-Fi and tethering and use sp-mode

      Examples:
        | operation        | switches         |
        | create           | turns on Wi-Fi   |
        | verify           | starts tethering |
        | change or unlock | turns on Wi-Fi   |
        | delete           | starts tethering |

  Rule: Past the network PIN, the operation's own page refuses them too

    Scenario Outline: With the network PIN entered, she <switches> and then <finishes>
      If you turn on Wi-Fi or start tethering after your network PIN, the next page is refused too and asks you to turn them off.
      Given she has entered her network PIN to <operation> her docomo ID
      When she <switches>
      And she <finishes>
      Then she is asked to turn off Wi-Fi and tethering and use sp-mode

      Examples:
        | operation        | switches         | finishes                                                             |
        | create           | starts tethering | agrees to the terms                                                  |
        | verify           | turns on Wi-Fi   | reloads the page                                                     |
        | change or unlock | turns on Wi-Fi   | sets the new password "Momiji2025", leaving the docomo ID as it is |
        | delete           | starts tethering | confirms the deletion                                                |

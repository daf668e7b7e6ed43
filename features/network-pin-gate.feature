@guide-order-11
Feature: Your network PIN opens every docomo ID operation
  Each of the four docomo ID operations, 発行 (issue), 確認 (verify), 変更/ロック解除 (change or
  unlock) and 削除 (delete), starts by asking for your **network PIN** (ネットワーク暗証番号): the
  4 digits you chose when you signed your contract. There is no default to fall back on.

  The PIN is asked for each operation, every time: a saved link to a page past it leads to the
  PIN first, and the PIN entered for one operation does not open another.

  A wrong PIN brings the form back with a message and the number of tries you have left. Too many
  wrong PINs in a row lock it; the portal says how many it allows. Wrong tries count for your
  line whichever operation you made them in, and they stay counted when you leave the page or
  close the browser. The right PIN before the limit starts the count again.

  A locked network PIN refuses even the right one, and it does **not** unlock by itself: not at
  midnight, not the next day. Only a **docomo shop** (ドコモショップ) can unlock it, so take your
  ID card there. Until then none of the four docomo ID operations works.

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | docomo ID    | hanako2024    |
      | password     | Sakura2024    |

  Rule: Every docomo ID operation asks for the network PIN, and only the right one gets past it

    Scenario Outline: To <operation> her docomo ID, she has to get past her network PIN
      If you mistype your network PIN, the portal says so and you can type it again, whichever docomo ID operation you chose.
      Given she has chosen to <operation> her docomo ID
      Then she is asked for her network PIN
      When she enters a wrong network PIN
      Then she is told the network PIN is wrong
      When she enters her network PIN
      Then she is on the page to <operation> her docomo ID

      Examples:
        | operation        |
        | create           |
        | verify           |
        | change or unlock |
        | delete           |

  Rule: No page past the network PIN opens without it, not even from a saved link

    Scenario Outline: A saved link past the network PIN to <operation> her docomo ID asks for the PIN first
      If you open a saved link to a page past the network PIN, the portal asks for your network PIN first, for every docomo ID operation.
      When she opens a saved link to the page past the network PIN to <operation> her docomo ID
      Then she is asked for her network PIN
      When she enters her network PIN
      Then she is on the page to <operation> her docomo ID

      @how-to
      Examples:
        | operation        |
        | verify           |

      Examples:
        | operation        |
        | create           |
        | change or unlock |
        | delete           |

    Example: The network PIN she entered to verify her docomo ID does not open the page to delete it
      If you entered your network PIN for one docomo ID operation, another operation still asks for it.
      Given she has entered her network PIN to verify her docomo ID
      When she opens a saved link to the page past the network PIN to delete her docomo ID
      Then she is asked for her network PIN

    Example: The network PIN she entered in one browser opens nothing in another
      If you entered your network PIN in one browser, another browser still asks for it: it opens nothing but the browser you typed it in.
      Given she has entered her network PIN to verify her docomo ID
      And she comes back in a fresh browser
      When she opens a saved link to the page past the network PIN to verify her docomo ID
      Then she is asked for her network PIN

  Rule: As many wrong network PINs in a row as the portal allows lock it

    Example: One wrong PIN fewer than the limit, then the right one, gets her through
      If you have typed a wrong network PIN one time fewer than the portal allows, the right one still gets you through.
      Given she has chosen to verify her docomo ID
      When she mistypes her network PIN one time fewer than the portal allows
      And she enters her network PIN
      Then she sees her docomo ID and its password

    Example: The right PIN starts the count again
      If you enter the right network PIN, the count of wrong ones starts again from zero.
      Given she has mistyped her network PIN one time fewer than the portal allows before getting it right
      And she has chosen to delete her docomo ID
      When she mistypes her network PIN one time fewer than the portal allows
      And she enters her network PIN
      Then she is on the page to delete her docomo ID

    Example: Three wrong PINs in a row lock it, and each wrong one says how many more would
      If you type a wrong network PIN, the portal counts down: 2 more wrong ones lock it, then 1; the third wrong one in a row locks it.
      Given she has chosen to verify her docomo ID
      When she enters a wrong network PIN
      Then she is told the network PIN is wrong and 2 more wrong ones will lock it
      When she enters a wrong network PIN
      Then she is told the network PIN is wrong and 1 more wrong one will lock it
      When she enters a wrong network PIN
      Then she is told her network PIN is locked and only a docomo shop can unlock it

    Example: The last wrong PIN the portal allows locks it, and sends her to a docomo shop
      If you type a wrong network PIN as many times in a row as the portal allows, it locks, and the portal sends you to a docomo shop: only a shop can unlock it.
      Given she has chosen to delete her docomo ID
      When she mistypes her network PIN as many times as the portal allows
      Then she is told her network PIN is locked and only a docomo shop can unlock it

    Example: Once locked, even the right PIN is refused
      If your network PIN is locked, even the right one is refused, and the portal sends you to a docomo shop.
      Given she has mistyped her network PIN as many times as the portal allows
      And she has chosen to verify her docomo ID
      When she enters her network PIN
      Then she is told her network PIN is locked and only a docomo shop can unlock it

  Rule: Wrong network PINs count for her line, in every operation and across visits

    Example: Wrong PINs in two different operations add up
      If you mistype your network PIN in one docomo ID operation and then in another, the wrong tries add up towards the lock.
      Given she has mistyped her network PIN one time fewer than the portal allows
      And she has chosen to create her docomo ID
      When she enters a wrong network PIN
      Then she is told her network PIN is locked and only a docomo shop can unlock it

    Example: Wrong PINs still count after she closes the browser and comes back
      If you close the browser after typing wrong network PINs and come back, they still count towards the lock.
      Given she has mistyped her network PIN one time fewer than the portal allows
      And she comes back in a fresh browser
      And she has chosen to change or unlock her docomo ID
      When she enters a wrong network PIN
      Then she is told her network PIN is locked and only a docomo shop can unlock it

    Example: Another line's network PIN is not affected
      If someone else's network PIN is locked, yours still works: the lock is on one line only.
      Given she has mistyped her network PIN as many times as the portal allows
      And Yui has a docomo line:
        | phone number | 080-2468-1357 |
        | network PIN  | 5062          |
        | docomo ID    | yuitanaka     |
        | password     | Kaede2020     |
      When she verifies her docomo ID
      Then she sees her docomo ID and its password

  Rule: A locked network PIN never unlocks by itself

    Example: At midnight, when an sp-mode password lock would clear, the network PIN stays locked
      If your network PIN is locked, it is still locked after midnight: unlike the sp-mode password, it never clears by itself.
      Given it is 2025-12-01 21:30 in Tokyo
      And she has mistyped her network PIN as many times as the portal allows
      When the clock reaches 0:00 the next day
      And she verifies her docomo ID
      Then she is told her network PIN is locked and only a docomo shop can unlock it

    Example: The next evening, in a fresh browser, it is still locked
      If you wait until the next day and open the browser afresh, a locked network PIN is still locked: only a docomo shop can unlock it.
      Given it is 2025-12-01 21:30 in Tokyo
      And she has mistyped her network PIN as many times as the portal allows
      When the clock reaches 21:30 the next day
      And she comes back in a fresh browser
      And she verifies her docomo ID
      Then she is told her network PIN is locked and only a docomo shop can unlock it

@guide-order-2
Feature: Find the docomo ID page on the portal
  Every credential page starts at docomo's smartphone portal, the page your phone opens at
  **smt.docomo.ne.jp**. Your phone's own browser works, and so does Chrome.

  1. Open the portal's top page.
  2. Tap **お客様サポート** (Customer Support). The link is in the red bar at the very top of the
     page *and* again at the very bottom; both go to the same page, so use whichever you see.
  3. Customer Support is a long list. Scroll down about halfway to **docomo ID/パスワード**
     (docomo ID / password) and tap it.

  The docomo ID page then offers four choices: 発行 (issue), 確認 (check), 変更/ロック解除
  (change or unlock) and 削除 (delete).

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
    And Hanako's phone is on sp-mode

  Rule: Customer Support is linked at the top and at the bottom of the page, and both go to the same place

    Scenario Outline: In the <browser>, she taps Customer Support at the <end> of the top page
      If you do not see お客様サポート (Customer Support) at the top of the page, use the same link at the very bottom: both lead to the same page, in your phone's own browser and in Chrome.
      Given Hanako browses the portal in her phone's <browser>
      When she opens the portal's top page
      And she taps "お客様サポート" at the <end> of the page
      Then she is on the Customer Support page

      Examples:
        | browser          | end    |
        | built-in browser | top    |
        | built-in browser | bottom |
        | mobile Chrome    | top    |
        | mobile Chrome    | bottom |

    Scenario Outline: In the <browser>, the link at the bottom only comes into sight when she scrolls down
      If you look for the お客様サポート (Customer Support) link at the bottom of the page, scroll down: only the one at the top is on the first screen.
      Given Hanako browses the portal in her phone's <browser>
      When she opens the portal's top page
      Then she sees "お客様サポート" at the top without scrolling
      But the one at the bottom is out of sight until she scrolls down

      Examples:
        | browser          |
        | built-in browser |
        | mobile Chrome    |

  Rule: docomo ID/パスワード is about halfway down the Customer Support page

    Scenario Outline: In the <browser>, she scrolls down to it
      If you do not see docomo ID/パスワード on the Customer Support page, scroll down: it is about halfway down the page.
      Given Hanako browses the portal in her phone's <browser>
      And she has opened Customer Support from the top page
      Then "docomo ID/パスワード" is below the first screen
      When she scrolls down to "docomo ID/パスワード"
      Then she finds "docomo ID/パスワード" on screen, about halfway down the page

      Examples:
        | browser          |
        | built-in browser |
        | mobile Chrome    |

    Scenario Outline: In the <browser>, it leads to the four docomo ID choices
      If you use Chrome instead of your phone's own browser, the same way leads to the four docomo ID choices.
      Given Hanako browses the portal in her phone's <browser>
      When she opens the docomo ID page from Customer Support
      Then she sees the four docomo ID choices

      @how-to
      Examples:
        | browser          |
        | built-in browser |

      Examples:
        | browser          |
        | mobile Chrome    |

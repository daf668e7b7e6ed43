@guide-order-4
Feature: Create a docomo ID, or get a new one
  **発行** (issue) gives your line a docomo ID. After your network PIN, the portal shows its terms
  of use; tap **同意する** (agree) and the next page shows your new docomo ID and its password.
  The portal chooses both. Write them down: they are what you log in with.

  If your line already has a docomo ID, 発行 does not add a second one: it *replaces* it. You get a
  new user id **and** a new password, and the old ones stop working at once. The terms page warns
  you about this before you agree. If all you want is a new password, use **変更/ロック解除**
  (change or unlock) instead: it keeps your docomo ID.

  Rule: A line without a docomo ID gets one once she agrees to the terms

    Background:
      Given Yui has a docomo line:
        | phone number | 080-2468-1357 |
        | network PIN  | 5062          |
      And Yui's phone is on sp-mode

    @how-to
    Example: After the network PIN she is shown the terms, and agreeing gives her a docomo ID
      Given she has chosen to create her docomo ID
      When she enters her network PIN
      Then she is asked to agree to the terms
      When she agrees to the terms
      Then she is shown her new docomo ID and its password

    Example: Her new docomo ID logs her in
      If you have just been given a docomo ID, it logs you in at once with the password shown with it.
      Given she has created her docomo ID
      When she logs in with her docomo ID and password
      Then she is logged in

  Rule: On a line that has one, 発行 replaces both the user id and the password

    Background:
      Given Hanako has a docomo line:
        | phone number | 090-1234-5678 |
        | network PIN  | 4739          |
        | docomo ID    | hanako2024    |
        | password     | Sakura2024    |

    Example: The terms page warns her that her current docomo ID will stop working
      If your line already has a docomo ID, the terms page warns you that 発行 (issue) replaces it: your current docomo ID and password stop working.
      Given she has entered her network PIN to create her docomo ID
      Then she is warned that her current docomo ID and password will stop working

    Example: She is given a new user id and a new password
      If you agree on a line that already has a docomo ID, you get a new docomo ID and a new password, both different from the old ones.
      Given she has entered her network PIN to create her docomo ID
      When she agrees to the terms
      Then she is shown a new docomo ID and a new password, both different from her old ones

    Example: Her old docomo ID and password no longer log her in
      If you log in with the docomo ID and password that 発行 (issue) replaced, the login page says they are wrong.
      Given she has created her docomo ID
      When she logs in with her old docomo ID and password
      Then she is told the docomo ID or password is wrong

    Example: The new ones do
      If you log in with the new docomo ID and password that 発行 (issue) gave you, you are logged in.
      Given she has created her docomo ID
      When she logs in with her docomo ID and password
      Then she is logged in

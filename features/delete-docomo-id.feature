@guide-order-8
Feature: Delete your docomo ID
  **削除** (delete) removes the docomo ID from your line. After your network PIN, the portal shows
  the docomo ID it is about to delete and asks once more: tap **削除する** (delete) to go ahead, or
  **削除しない** (do not delete) to keep it.

  A deleted docomo ID no longer logs in anywhere, and 確認 (verify) then tells you that your line
  has no docomo ID. You can get a new one at any time with 発行 (issue).

  Background:
    Given Hanako has a docomo line:
      | phone number | 090-1234-5678 |
      | network PIN  | 4739          |
      | docomo ID    | hanako2024    |
      | password     | Sakura2024    |
    And Hanako's phone is on sp-mode

  Scenario: The portal shows which docomo ID it is about to delete and asks her to confirm
    If you want to be sure which docomo ID goes, the portal shows it after your network PIN and asks you to confirm before it deletes anything.
    Given she has chosen to delete her docomo ID
    When she enters her network PIN
    Then she is asked to confirm deleting her docomo ID

  @how-to
  Scenario: Once deleted, verifying tells her the line has no docomo ID
    Given she has entered her network PIN to delete her docomo ID
    When she confirms the deletion
    Then she is told her docomo ID has been deleted
    When she verifies her docomo ID
    Then she is told her line has no docomo ID yet

  Scenario: A deleted docomo ID no longer logs her in
    If you log in with a docomo ID you deleted, the login page says the docomo ID or password is wrong.
    Given she has deleted her docomo ID
    When she logs in with her docomo ID and password
    Then she is told the docomo ID or password is wrong

  Scenario: Tapping 削除しない keeps her docomo ID
    If you change your mind, tap 削除しない (do not delete): your docomo ID stays, and 確認 (check) still shows it.
    Given she has entered her network PIN to delete her docomo ID
    When she decides not to delete it
    And she verifies her docomo ID
    Then she sees her docomo ID and its password

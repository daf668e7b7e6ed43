import type { Locator, Page } from 'playwright';

/**
 * Taps a link or a submit button and waits until the page it leads to has loaded.
 * A step must end on a settled page: the screenshot taken after it failed with "Unable to capture
 * screenshot" when it raced the navigation the tap had started.
 */
export async function tapToNextPage(page: Page, target: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await target.click();
  await navigated;
  await page.waitForLoadState('load');
}

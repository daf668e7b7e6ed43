import type { Page } from 'playwright';

export interface SearchOutcome {
  /** Each suggestion as the dropdown shows it: its title, then its path (" › " between parts). */
  suggestions: string[];
  /** The path the first suggestion opens (what Enter opens), without the highlight query; '' when none. */
  firstOpens: string;
}

const TIMEOUT = 30_000;

/**
 * Types a query into the site's search bar (@easyops-cn/docusaurus-search-local) on a fresh load
 * of the home page and reads the suggestions it shows, then presses Enter to learn where the first
 * one leads. The bar loads its index when it is first focused, as it does for a reader.
 */
export async function searchSuggestions(page: Page, baseUrl: string, query: string): Promise<SearchOutcome> {
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill(query);
  const options = page.locator('[role="option"]');
  const noResults = page.locator('[class*="noResults_"]');
  await options.first().or(noResults).waitFor({ state: 'visible', timeout: TIMEOUT });
  const suggestions = await options.evaluateAll((elements) =>
    elements.map((element) =>
      [...element.querySelectorAll('[class*="hitTitle_"], [class*="hitPath_"]')]
        .map((part) => (part.textContent ?? '').trim())
        .filter((text) => text !== '')
        .join(' — '),
    ),
  );
  if (suggestions.length === 0) return { suggestions, firstOpens: '' };
  const before = page.url();
  await input.press('Enter');
  await page.waitForURL((url) => url.href !== before, { timeout: TIMEOUT });
  const opened = new URL(page.url());
  return { suggestions, firstOpens: `${opened.pathname}${opened.hash}` };
}

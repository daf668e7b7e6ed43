/** Where the reader's gesture counts as reaching for the search box. */
const SEARCH_BOX = '.navbar__search';
const GESTURES = ['pointerdown', 'touchstart', 'focusin', 'mouseover', 'keydown'] as const;

/** The search bar's own shortcut (the plugin's default, mod+K), which it answers once loaded. */
export const isSearchShortcut = (event: KeyboardEvent) => (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k';

const inSearchBox = (node: unknown) => Boolean((node as Partial<Element> | null)?.closest?.(SEARCH_BOX));

function wantsSearch(event: Event): boolean {
  if (event.type === 'keydown') return isSearchShortcut(event as KeyboardEvent);
  return inSearchBox(event.target);
}

/** The part of a page this needs, so that a test can hand it a stand-in. */
export type SearchPage = Pick<Document, 'addEventListener' | 'removeEventListener' | 'querySelector' | 'activeElement'> & {
  location: Pick<Location, 'search'>;
};

/**
 * Resolves when the reader reaches for the search box: a touch, a press, focus or the pointer on
 * it, or the shortcut anywhere; at once if the box already has the focus (tapped before the
 * page's script ran). At once too on the server (the box is rendered into every page) and on a
 * page opened from a search suggestion (`?_highlight=`: the search bar marks the words there).
 */
export function whenSearchWanted(page: SearchPage | undefined = globalThis.document): Promise<void> {
  if (!page || new URLSearchParams(page.location.search).has('_highlight') || inSearchBox(page.activeElement)) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      if (!wantsSearch(event)) return;
      GESTURES.forEach((type) => page.removeEventListener(type, listener, true));
      if (event.type === 'keydown') {
        event.preventDefault();
        page.querySelector<HTMLInputElement>(`${SEARCH_BOX}-input`)?.focus();
      }
      resolve();
    };
    GESTURES.forEach((type) => page.addEventListener(type, listener, true));
  });
}

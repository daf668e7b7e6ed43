import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { whenSearchWanted } from './whenSearchWanted';
import styles from './styles.module.css';

let loading: Promise<{ default: ComponentType }> | undefined;
let loaded: ComponentType | undefined;

/**
 * The plugin's search bar, fetched once, when the reader first reaches for the box; if the fetch
 * fails (the phone went offline), the next reach tries again.
 */
function loadSearchBar(): Promise<{ default: ComponentType }> {
  loading ??= whenSearchWanted()
    // The alias is typed `any`; the plugin's search bar is a component that takes no props.
    .then(() => import('@theme-original/SearchBar') as Promise<{ default: ComponentType }>)
    .then(
      (module) => ((loaded = module.default), module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
  return loading;
}

/**
 * Sets a React-controlled input's text as typing does: through the input's own value setter and
 * an input event, so that the bar's onChange keeps it (a plain `value =` is reset on its next render).
 */
function typeInto(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

type Typed = { value: string; focused: boolean };

/**
 * Infima's own search box: what the bar looks like before the reader touches it. As it leaves, it
 * notes its text and whether it had the focus: a layout effect's cleanup runs before React takes
 * the box out of the page, so nothing typed up to that moment is lost.
 */
function SearchBox({ leaving }: { leaving: RefObject<Typed> }): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const box = input.current;
    return () => {
      if (box) leaving.current = { value: box.value, focused: document.activeElement === box };
    };
  }, [leaving]);
  return (
    <div className="navbar__search">
      <input ref={input} className="navbar__search-input" placeholder="Search" aria-label="Search" />
    </div>
  );
}

/** The bar, once the reader has reached for the box (a failed fetch waits for the next reach). */
function useSearchBarOnFirstUse(): ComponentType | undefined {
  const [SearchBar, setSearchBar] = useState<ComponentType | undefined>(() => loaded);
  useEffect(() => {
    let mounted = true;
    const load = (): Promise<void> =>
      loadSearchBar().then(
        (module) => void (mounted && setSearchBar(() => module.default)),
        () => (mounted ? load() : undefined),
      );
    void load();
    return () => void (mounted = false);
  }, []);
  return SearchBar;
}

/**
 * Gives the bar's input the box's focus as it replaces the box (the bar then loads the index, on
 * focus, as before), then the box's text once the bar has set its own first text (a timeout in its
 * mount effect sets it to the words of `?_highlight=`, none here).
 */
function useHandOver(slot: RefObject<HTMLDivElement | null>, SearchBar: ComponentType | undefined, typed: RefObject<Typed>): void {
  useLayoutEffect(() => {
    if (SearchBar && typed.current.focused) slot.current?.querySelector('input')?.focus();
  }, [slot, SearchBar, typed]);
  useEffect(() => {
    const input = slot.current?.querySelector('input');
    if (!SearchBar || !input || !typed.current.value) return;
    const timer = setTimeout(() => typeInto(input, typed.current.value));
    return () => clearTimeout(timer);
  }, [slot, SearchBar, typed]);
}

/**
 * The search bar of @easyops-cn/docusaurus-search-local, fetched when the reader first touches,
 * focuses or hovers the box (or presses its shortcut); until then a plain box in its place.
 * Measured in main.js: the bar brought lunr with its Japanese segmenter, mark.js and its own
 * code, 104 KB of the 494 KB every page downloaded and evaluated before the reader could scroll.
 */
export default function SearchBarOnFirstUse(): ReactNode {
  const slot = useRef<HTMLDivElement>(null);
  const typed = useRef<Typed>({ value: '', focused: false });
  const SearchBar = useSearchBarOnFirstUse();
  useHandOver(slot, SearchBar, typed);
  return (
    <div ref={slot} className={styles.slot}>
      {SearchBar ? <SearchBar /> : <SearchBox leaving={typed} />}
    </div>
  );
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { whenSearchWanted, type SearchPage } from './whenSearchWanted';

/** An element that is, or is not, inside the navbar's search box. */
const element = (inSearchBox: boolean) => ({ closest: (selector: string) => (inSearchBox && selector === '.navbar__search' ? {} : null), focus() {} });

function stubPage(search = '', activeElement: unknown = null) {
  const events = new EventTarget();
  const input = {
    focused: false,
    focus() {
      this.focused = true;
    },
  };
  const page = {
    location: { search },
    activeElement,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    querySelector: (selector: string) => (selector === '.navbar__search-input' ? input : null),
  } as unknown as SearchPage;
  const fire = (type: string, target: unknown, keys: Partial<KeyboardEvent> = {}) => {
    const event = Object.assign(new Event(type, { cancelable: true }), keys);
    Object.defineProperty(event, 'target', { value: target });
    events.dispatchEvent(event);
    return event;
  };
  return { page, input, fire };
}

const settled = (promise: Promise<void>) => Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20))]);

test('a touch on the search box asks for the search bar', async () => {
  const { page, fire } = stubPage();
  const wanted = whenSearchWanted(page);
  fire('touchstart', element(true));
  assert.equal(await settled(wanted), true);
});

test('a touch, a hover or a key anywhere else asks for nothing', async () => {
  const { page, fire } = stubPage();
  const wanted = whenSearchWanted(page);
  fire('pointerdown', element(false));
  fire('mouseover', element(false));
  fire('keydown', element(false), { key: 'k' });
  assert.equal(await settled(wanted), false);
});

test('the shortcut asks for it from anywhere, and puts the focus in the box', async () => {
  const { page, input, fire } = stubPage();
  const wanted = whenSearchWanted(page);
  const event = fire('keydown', element(false), { key: 'K', ctrlKey: true });
  assert.equal(await settled(wanted), true);
  assert.equal(input.focused, true);
  assert.equal(event.defaultPrevented, true, 'the browser would also act on ctrl+K');
});

test('a box focused before the script ran, a page opened from a suggestion and the server get it at once', async () => {
  assert.equal(await settled(whenSearchWanted(stubPage('', element(true)).page)), true);
  assert.equal(await settled(whenSearchWanted(stubPage('?_highlight=PIN').page)), true);
  assert.equal(await settled(whenSearchWanted(undefined)), true);
});

import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { onRouteUpdate, withoutPrefetch, type RouteLoader } from './prefetchOnTapOnly';

function recordingLoader(calls: string[]): RouteLoader {
  return Object.freeze({
    prefetch: (path: string) => (calls.push(`prefetch ${path}`), Promise.resolve()),
    preload: (path: string) => (calls.push(`preload ${path}`), Promise.resolve()),
  });
}

const page = globalThis as { docusaurus?: RouteLoader };
afterEach(() => delete page.docusaurus);

test('a link scrolled into view no longer downloads the page it points to', () => {
  const calls: string[] = [];
  const loader = withoutPrefetch(recordingLoader(calls));
  assert.equal(loader.prefetch('/guide/wifi-credentials'), false);
  assert.deepEqual(calls, []);
});

test('a link about to be tapped still preloads its page', async () => {
  const calls: string[] = [];
  await withoutPrefetch(recordingLoader(calls)).preload('/guide/wifi-credentials');
  assert.deepEqual(calls, ['preload /guide/wifi-credentials']);
});

test('the loader Docusaurus put on the page is replaced on the first render and stays replaced', () => {
  const calls: string[] = [];
  page.docusaurus = recordingLoader(calls);
  onRouteUpdate();
  const replaced = page.docusaurus;
  onRouteUpdate();
  assert.equal(page.docusaurus, replaced, 'a second navigation wraps it again');
  // The recording loader answers at once; what matters is that it was never reached.
  void page.docusaurus.prefetch('/guide/network-pin-gate');
  assert.deepEqual(calls, []);
});

test('before Docusaurus has set its loader (server rendering), nothing happens', () => {
  assert.doesNotThrow(() => onRouteUpdate());
  assert.equal(page.docusaurus, undefined);
});

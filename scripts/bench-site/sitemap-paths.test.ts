import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sitemapPaths } from './sitemap-paths';

const sitemap = (...locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset>${locs.map((loc) => `<url><loc>${loc}</loc><changefreq>weekly</changefreq></url>`).join('')}</urlset>`;

test('a sitemap gives the paths of its pages in its order, without the configured host', () => {
  assert.deepEqual(sitemapPaths(sitemap('http://localhost/search', 'http://localhost/guide/wifi-credentials', 'http://localhost/')), [
    '/search',
    '/guide/wifi-credentials',
    '/',
  ]);
});

test('a page listed twice is measured once, and a query in its address is kept', () => {
  assert.deepEqual(sitemapPaths(sitemap('http://localhost/a?x=1&amp;y=2', 'http://localhost/a?x=1&amp;y=2')), ['/a?x=1&y=2']);
});

test('a sitemap with no pages gives no paths', () => {
  assert.deepEqual(sitemapPaths(sitemap()), []);
});

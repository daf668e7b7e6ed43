import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright';
import { PNG } from 'pngjs';
import { screenshotOf } from '../pages/screen-record';
import { launchChromium } from '../../common/browser';
import { phoneProfiles } from './phone';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(async () => browser?.close());

test('every phone takes its screenshots at 2 device pixels per CSS pixel, sharp on a reader’s phone', async () => {
  for (const [name, profile] of Object.entries(phoneProfiles)) {
    const context = await browser.newContext(profile);
    const page = await context.newPage();
    await page.setContent('<main><h1>お客様サポート</h1></main>');
    const png = PNG.sync.read(await screenshotOf(page));
    assert.equal(png.width, profile.viewport.width * 2, `${name}: ${png.width} px for a ${profile.viewport.width} px wide screen`);
    assert.equal(png.height, profile.viewport.height * 2, name);
    await context.close();
  }
});

// The demo page built by `trunk build --release` (dist/), in headless Chromium: the widget mounts
// where the post's picture was, shows both stacks, the caption, the controls and the table, with no
// console errors and nothing wider than the phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './static-server.mjs';
import { launch, open } from './browser.mjs';

const DIST = new URL('../../build/dist/', import.meta.url).pathname;
let server, browser;

before(async () => {
  server = await serve({ root: DIST });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const width of [360, 1280]) {
  test(`demo page at ${width}px: mounted, complete, no errors, no overflow`, async () => {
    const page = await open(browser, { width, reducedMotion: 'reduce' });
    await page.goto(server.url + '/');
    await page.waitForSelector('[data-cvm] section.cvm');
    const facts = await page.evaluate(() => {
      const q = (s) => document.querySelectorAll(s).length;
      return {
        layers: q('.cvm-layer--shown'),
        rows: q('.cvm-table tbody tr'),
        caption: document.querySelector('.cvm-caption [aria-live]').textContent,
        buttons: q('.cvm-controls button'),
        pageWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        widgetRight: document.querySelector('section.cvm').getBoundingClientRect().right,
      };
    });
    assert.equal(facts.layers, 21, 'reduced motion: every layer shown at once');
    assert.equal(facts.rows, 5);
    assert.equal(facts.buttons, 2);
    assert.match(facts.caption, /앱까지/);
    assert.ok(facts.pageWidth <= facts.viewport, `page scrolls sideways: ${facts.pageWidth} > ${facts.viewport}`);
    assert.ok(facts.widgetRight <= facts.viewport);
    // Nothing inside a layer block is cut off: labels fit their boxes.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.cvm-layer')]
        .filter((l) => l.scrollWidth > l.clientWidth + 1 || l.scrollHeight > l.clientHeight + 1)
        .map((l) => l.textContent));
    assert.deepEqual(clipped, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('autoplay builds the stacks up from the hardware and stops complete', async () => {
  const page = await open(browser, { width: 360 });
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-cvm] section.cvm');
  const level = () => page.getAttribute('.cvm-diagram', 'data-level');
  assert.ok(Number(await level()) <= 1, 'starts from nothing');
  await page.waitForFunction(() => document.querySelector('.cvm-diagram').dataset.level === '6', null, { timeout: 15000 });
  assert.equal(await page.locator('.cvm-layer--shown').count(), 21);
  assert.equal(await page.locator('.cvm-button--play').count(), 1, 'stopped: the button offers play again');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Real phones, real networks. The reader's screen is the visual viewport: on a page wider than the
// phone (a long code line, as the author's blog has) the layout viewport is about twice as tall as
// what anyone sees. And on a weak signal the static fallback is on screen for seconds: a tap on it
// is kept, the build-up waits for the reader, and nothing moves when the wasm arrives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { offline, POST } from './site.mjs';
import { LIVE, tapCentre, useServers } from './support.mjs';

const WIDE = '/checks/minimal-mistakes/wide/';
const BOX = '#cvm-ko';
const W = `${BOX} ${LIVE}`;
const FALLBACK = `${BOX} > .cvm--static`;
const ROWS = ['virtualization', 'resources', 'workloads', 'performance', 'isolation'];
const ADVANTAGES = ['performance', 'fast-setup', 'management', 'scalability'];
const the = useServers({ site: true });

async function phone({ width, height }, { reducedMotion = 'reduce' } = {}) {
  const p = await open(the.browser, { width, reducedMotion });
  await p.setViewportSize({ width, height });
  await offline(p);
  p.setDefaultTimeout(20000);
  return p;
}

/** A phone on a weak signal: about 400 kbit/s both ways, 300 ms round trip. */
async function weakSignal(p) {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 300, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8,
  });
}

/** Counts layout shifts from now on (window.__cls), whatever their cause. */
const countShifts = (p) => p.evaluate(() => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__cls += e.value;
  }).observe({ type: 'layout-shift' });
});

/** Whether each element is whole inside the reader's screen (the visual viewport). */
const onScreen = (p, selectors) => p.evaluate((selectors) => {
  const v = visualViewport;
  return selectors.map((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return !!r && r.height > 0 && r.top >= v.offsetTop - 1 && r.bottom <= v.offsetTop + v.height + 1;
  });
}, selectors);

/** Something is picked, and both stacks and its short answer are on the reader's screen. */
async function pickInSight(p) {
  const [vm, container, short] = await onScreen(p, [
    `${W} .cvm-stack--vm`, `${W} .cvm-stack--container`, `${W} .cvm-part--diagram .cvm-caption-short`]);
  const picked = await p.locator(`${W} [aria-pressed="true"]:is(.cvm-layer, .cvm-row-button, .cvm-advantage-button)`).count() === 1;
  return { picked, vm, container, short, all: picked && vm && container && short };
}

/** The loader (a few hundred bytes) has run: the box is near, so it asked for the glue. The wasm is
 * still on its way. */
const loaderRan = (p) => p.waitForSelector('link[rel="modulepreload"]', { state: 'attached' });

const step = (p) => p.locator(`${W} .cvm-diagram`).getAttribute('data-step');

for (const screen of [{ width: 360, height: 740 }, { width: 390, height: 844 }]) {
  const at = `${screen.width} × ${screen.height}`;
  test(`${at}, a page wider than the phone: after a tap on each row and advantage, both stacks and the whole short answer are on the reader's screen`, async () => {
    const p = await phone(screen);
    await p.goto(`${the.site.url}${WIDE}`);
    await p.waitForSelector(W);
    const viewports = await p.evaluate(() => ({ layout: innerHeight, visual: visualViewport.height, width: innerWidth }));
    assert.ok(viewports.layout > viewports.visual * 1.5,
      `${at}: the page is wider than the phone (layout viewport ${viewports.width} × ${viewports.layout}, screen ${viewports.visual} high)`);
    const targets = [
      ...ROWS.map((k) => `${W} tr[data-row="${k}"] td.cvm-table-container`),
      ...ADVANTAGES.map((k) => `${W} li[data-advantage="${k}"]`),
    ];
    const misses = [];
    for (const sel of targets) {
      await tapCentre(p, sel);
      await p.waitForTimeout(200);
      const seen = await pickInSight(p);
      if (!seen.all) misses.push(`${sel} ${JSON.stringify(seen)}`);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
    }
    assert.deepEqual(misses, [], `${at}: taps after which a stack or the short answer was off the reader's screen`);
    assert.deepEqual(p.errors, [], at);
    await p.context().close();
  });
}

test('360 × 740, a page wider than the phone: the build-up waits until the hardware is on the reader\'s screen', async () => {
  const p = await phone({ width: 360, height: 740 }, { reducedMotion: 'no-preference' });
  await p.goto(`${the.site.url}${WIDE}`);
  await p.waitForSelector(W);
  // The stacks' hardware 100 px under the bottom of the screen: inside the layout viewport.
  await p.evaluate((W) => {
    const hw = document.querySelector(`${W} .cvm-layer--hardware`).getBoundingClientRect();
    scrollBy(0, hw.bottom - (visualViewport.offsetTop + visualViewport.height) - 100);
  }, W);
  await p.waitForTimeout(1500);
  assert.equal(await step(p), '0', 'nothing built while the hardware is under the screen');
  await p.evaluate((W) => document.querySelector(`${W} .cvm-layer--hardware`).scrollIntoView({ block: 'center' }), W);
  await p.waitForFunction((W) => document.querySelector(`${W} .cvm-diagram`).dataset.step !== '0', W, { timeout: 5000 });
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('400 kbit/s: a tap on the fallback\'s 성능 row before the wasm arrives shows it is pending, and ends with that row picked and in sight', async () => {
  const p = await phone({ width: 360, height: 740 });
  await weakSignal(p);
  await p.goto(`${the.site.url}${WIDE}`, { waitUntil: 'commit' });
  await loaderRan(p);
  assert.equal(await p.locator(W).count(), 0, 'the wasm has not arrived yet');
  const row = `${FALLBACK} tr[data-row="performance"]`;
  assert.equal(await p.locator(`${row} .cvm-row-button`).getAttribute('role'), 'button');
  await tapCentre(p, `${row} td.cvm-table-vm`);
  assert.equal(await p.locator(`${row} .cvm-row-button[data-cvm-pending]`).count(), 1, 'the tapped row shows it is being answered');
  assert.equal(await p.locator(W).count(), 0, 'tapped before the wasm arrived');
  await p.waitForSelector(W, { timeout: 30000 });
  await p.waitForTimeout(300);
  assert.equal(await p.locator(`${W} tr[data-row="performance"] .cvm-row-button`).getAttribute('aria-pressed'), 'true');
  const seen = await pickInSight(p);
  assert.ok(seen.all, `after the mount the pick is in sight: ${JSON.stringify(seen)}`);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('400 kbit/s: Enter on a fallback advantage before the wasm arrives picks it, and the keyboard focus goes to it', async () => {
  const p = await phone({ width: 1280, height: 800 });
  await weakSignal(p);
  await p.goto(`${the.site.url}${POST}`, { waitUntil: 'commit' });
  await loaderRan(p);
  const title = `${FALLBACK} li[data-advantage="fast-setup"] .cvm-advantage-button`;
  await p.locator(title).focus();
  await p.keyboard.press('Enter');
  assert.equal(await p.locator(`${title}[data-cvm-pending]`).count(), 1);
  assert.equal(await p.locator(W).count(), 0, 'pressed before the wasm arrived');
  await p.waitForSelector(W, { timeout: 30000 });
  await p.waitForTimeout(300);
  const live = `${W} li[data-advantage="fast-setup"] .cvm-advantage-button`;
  assert.equal(await p.locator(live).getAttribute('aria-pressed'), 'true');
  assert.ok(await p.locator(live).evaluate((b) => b === document.activeElement), 'the focus is on the live advantage');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('400 kbit/s: a reader who scrolled past before the wasm came finds the build-up waiting, and it runs when they come back; nothing moves at mount', async () => {
  const p = await phone({ width: 360, height: 740 }, { reducedMotion: 'no-preference' });
  await weakSignal(p);
  await p.goto(`${the.site.url}${POST}`, { waitUntil: 'commit' });
  await loaderRan(p);
  // Past the stacks: their hardware 100 px above the screen, the widget's table on it.
  await p.evaluate((BOX) => {
    const hw = document.querySelector(`${BOX} .cvm-layer--hardware`).getBoundingClientRect();
    scrollBy(0, hw.top + 100);
  }, BOX);
  await countShifts(p);
  // What the reader is reading, under the stacks: its place on screen before and after the mount.
  const place = () => p.evaluate((BOX) => [...document.querySelectorAll(`${BOX} .cvm-table caption`)]
    .map((c) => c.getBoundingClientRect()).find((r) => r.height > 0)?.top, BOX);
  const before = await place();
  assert.equal(await p.locator(W).count(), 0, 'scrolled past before the wasm arrived');
  await p.waitForSelector(W, { timeout: 30000 });
  await p.waitForTimeout(3000);
  assert.equal(await step(p), '0', 'three seconds after the mount, with the stacks above the screen, nothing is built');
  const after = await place();
  assert.ok(Math.abs(after - before) < 1, `the table's caption stays where the reader sees it (${before} → ${after})`);
  assert.equal((await p.evaluate(() => window.__cls)).toFixed(3), '0.000', 'no layout shift at mount');
  await p.evaluate((W) => document.querySelector(`${W} .cvm-diagram`).scrollIntoView({ block: 'center' }), W);
  await p.waitForFunction((W) => document.querySelector(`${W} .cvm-diagram`).dataset.step === '6', W, { timeout: 10000 });
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('a tap on the fallback when the wasm cannot load: it shows it is pending, then the fallback is text again, nothing alarming', async () => {
  const p = await phone({ width: 360, height: 740 });
  // The wasm answers 404, after a while (a weak signal).
  await p.route(/container-vs-vm_bg\.wasm/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ status: 404, body: 'not here' });
  });
  await p.goto(`${the.site.url}${POST}`);
  await loaderRan(p);
  const row = `${FALLBACK} tr[data-row="isolation"]`;
  await tapCentre(p, `${row} td.cvm-table-vm`);
  assert.equal(await p.locator(`${row} .cvm-row-button[data-cvm-pending]`).count(), 1, 'pending while the wasm is on its way');
  await p.waitForFunction((BOX) => !document.querySelector(BOX).hasAttribute('data-cvm-armed'), BOX, { timeout: 10000 });
  assert.equal(await p.locator(`${FALLBACK} [data-cvm-pending]`).count(), 0, 'nothing pending');
  assert.equal(await p.locator(`${FALLBACK} [role="button"]`).count(), 0, 'no button that cannot work');
  assert.equal(await p.locator(W).count(), 0);
  assert.deepEqual(p.errors.filter((e) => !/404|Failed to load resource|integrity/.test(e)), [], 'no error but the browser\'s own about the missing file');
  await p.context().close();
});

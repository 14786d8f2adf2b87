// Show, then tell: a pick with a show (model::show: the performance row and advantage, the
// virtualization row, the isolation row) moves a marker along its path on the stacks, once, and ends still; the
// widget's height does not change while it runs; the caption writes the path in words; with
// reduced motion the end is shown at once and nothing moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { offline, POST } from './site.mjs';
import { tapCentre, useServers } from './support.mjs';

const W = '#cvm-ko .cvm-live section.cvm';
// Each pick with a show: where to tap, words its path names, and how many blocks the marker
// rests on at the end in the VM stack and in the container stack (three apps).
const PICKS = [
  ['the performance row', `tr[data-row="performance"] td.cvm-table-container`, ['Hypervisor', 'Hardware'], [1, 1]],
  ['the virtualization row', `tr[data-row="virtualization"] td.cvm-table-vm`, ['Guest OS', 'Host OS'], [1, 1]],
  ['the performance advantage', `li[data-advantage="performance"]`, ['Hypervisor', 'Hardware'], [1, 1]],
  // A kernel flaw: in VM 1 it stays (app 1, its guest OS); through the shared kernel it reaches
  // every container (app 1, the host OS, apps 2 and 3).
  ['the isolation row', `tr[data-row="isolation"] td.cvm-table-vm`, ['Guest OS', 'Host OS', 'App 2, App 3'], [2, 4]],
];
const the = useServers({ site: true });

async function post({ width, height }, reducedMotion) {
  const p = await open(the.browser, { width, reducedMotion });
  await p.setViewportSize({ width, height });
  await offline(p);
  p.setDefaultTimeout(10000);
  await p.goto(`${the.site.url}${POST}#cvm-ko=lang:en;step:6`);
  await p.waitForSelector(W);
  return p;
}

const height = (p) => p.evaluate((W) => document.querySelector(W).getBoundingClientRect().height, W);
const stacks = (p) => p.locator(`${W} .cvm-diagram`).screenshot({ animations: 'allow' });

for (const screen of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
  const at = `${screen.width} × ${screen.height}`;
  test(`${at}: each pick with a show moves a marker along its path, ends still, and keeps the widget's height`, async () => {
    const p = await post(screen, 'no-preference');
    for (const [name, sel, words, [vmEnds, containerEnds]] of PICKS) {
      await tapCentre(p, `${W} ${sel}`, { touch: screen.width < 700 });
      await p.waitForTimeout(100);
      // The pick's scroll (smooth) is over before the marker is looked at.
      await p.evaluate((W) => document.querySelector(`${W} .cvm-diagram`).scrollIntoView({ block: 'start', behavior: 'instant' }), W);
      // The show moves nothing: no layout shift from here on (the tap's own 500 ms are over
      // before the marker's later steps).
      await p.evaluate(() => {
        window.__cls = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
          .observe({ type: 'layout-shift' });
      });
      const during = await height(p);
      const early = await stacks(p);
      await p.waitForTimeout(500);
      const later = await stacks(p);
      assert.notDeepEqual(early, later, `${at}, ${name}: the stacks' pixels change while the show runs`);
      await p.waitForTimeout(2200);
      const end = await stacks(p);
      await p.waitForTimeout(400);
      assert.deepEqual(await stacks(p), end, `${at}, ${name}: the show ends in a still picture`);
      assert.equal(await height(p), during, `${at}, ${name}: the show changes no height`);
      assert.equal((await p.evaluate(() => window.__cls)).toFixed(3), '0.000', `${at}, ${name}: layout shift`);
      assert.equal(await p.locator(`${W} .cvm-stack--vm .cvm-hop--end`).count(), vmEnds, `${at}, ${name}: where the marker rests in the VMs`);
      assert.equal(await p.locator(`${W} .cvm-stack--container .cvm-hop--end`).count(), containerEnds, `${at}, ${name}: where it rests in the containers`);
      const path = await p.locator(`${W} .cvm-caption-path`).innerText();
      for (const w of ['VM:', 'Container:', '→', ...words]) assert.ok(path.includes(w), `${at}, ${name}: the path in words names ${w}: ${path}`);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
      await p.waitForTimeout(100);
    }
    assert.deepEqual(p.errors, [], at);
    await p.context().close();
  });

  test(`${at}, reduced motion: the show's end at once, nothing moves`, async () => {
    const p = await post(screen, 'reduce');
    for (const [name, sel, , [vmEnds, containerEnds]] of PICKS) {
      await tapCentre(p, `${W} ${sel}`, { touch: screen.width < 700 });
      await p.waitForTimeout(100);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-diagram`).scrollIntoView({ block: 'start', behavior: 'instant' }), W);
      const early = await stacks(p);
      const h = await height(p);
      await p.waitForTimeout(700);
      assert.deepEqual(await stacks(p), early, `${at}, ${name}: nothing moves`);
      assert.equal(await height(p), h);
      const end = await p.evaluate((W) => [...document.querySelectorAll(`${W} .cvm-hop--end`)]
        .map((b) => getComputedStyle(b, '::after').opacity), W);
      assert.deepEqual(end, Array(vmEnds + containerEnds).fill('1'), `${at}, ${name}: the marker rests where each path ends`);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
    }
    assert.deepEqual(p.errors, [], at);
    await p.context().close();
  });
}

// Show, then tell: every pick of a row or an advantage has a show (model::show): a marker along
// a path on the stacks (performance, virtualization, isolation, the image of management and
// scalability), other names written on the blocks (workloads), or bars to one scale wiped in
// under the stacks (resources, the start race). It runs once and ends still; the widget's height
// does not change while it runs; the caption writes it in words; with reduced motion the end is
// shown at once and nothing moves; the replay button replays it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { offline, POST } from './site.mjs';
import { tapCentre, useServers } from './support.mjs';

const W = '#cvm-ko .cvm-live section.cvm';
// Each pick: where to tap, words its show writes in the caption, and how many blocks the marker
// rests on at the end in the VM stack and in the container stack (three apps).
const PICKS = [
  ['the performance row', `tr[data-row="performance"] td.cvm-table-container`,
    ['VM: App 1 →', 'Hypervisor', 'Container: App 1 →', 'Hardware'], [1, 1]],
  ['the virtualization row', `tr[data-row="virtualization"] td.cvm-table-vm`,
    ['VM: App 1 → Bins/Libs 1 → Guest OS 1', 'Container: App 1 → Bins/Libs 1 → Host OS'], [1, 1]],
  ['the performance advantage', `li[data-advantage="performance"]`, ['VM: App 1 →', 'Hypervisor', 'Hardware'], [1, 1]],
  // A kernel flaw: in VM 1 it stays (app 1, its guest OS); through the shared kernel it reaches
  // every container (app 1, the host OS, apps 2 and 3).
  ['the isolation row', `tr[data-row="isolation"] td.cvm-table-vm`,
    ['VM: App 1 → Guest OS 1', 'Container: App 1 → Host OS → App 2, App 3'], [2, 4]],
  // Other systems on the VMs (their names, no marker), other userlands on one kernel (its marker).
  ['the workloads row', `tr[data-row="workloads"] td.cvm-table-vm`,
    ['VM: Windows, Ubuntu, FreeBSD', 'Container: Alpine, Ubuntu, Debian → Host OS', 'Windows host'], [0, 1]],
  // Bars, no marker: the estimates' figures for three apps.
  ['the resources row', `tr[data-row="resources"] td.cvm-table-vm`,
    ['Memory', 'VM ≈ 3.0 GB', 'Container ≈ 180 MB', 'Disk', 'VM ≈ 12 GB', 'Container ≈ 138 MB'], [0, 0]],
  ['the fast setup advantage', `li[data-advantage="fast-setup"]`,
    ['Start time', 'VM ≈ 9 s', 'Container ≈ 1 s', 'systemd'], [0, 0]],
  // One image: the engine pulls it; every container's bins/libs and app come from it.
  ['the management advantage', `li[data-advantage="management"]`,
    ['Container: Container engine (Docker) → Bins/Libs 1, Bins/Libs 2, Bins/Libs 3 → App 1, App 2, App 3', 'registry'], [0, 7]],
  ['the scalability advantage', `li[data-advantage="scalability"]`, ['Bins/Libs 3 → App 1', 'servers'], [0, 7]],
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
// The stacks and the caption under them (its bars): where a show moves.
const stacks = async (p) => Buffer.concat(await Promise.all(['.cvm-diagram', '.cvm-part--diagram > .cvm-caption']
  .map((s) => p.locator(`${W} ${s}`).screenshot({ animations: 'allow' }))));

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
      for (const w of words) assert.ok(path.includes(w), `${at}, ${name}: the path in words names ${w}: ${path}`);
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

test('360 × 740: the replay button replays the pick\'s show and keeps the pick', async () => {
  const p = await post({ width: 360, height: 740 }, 'no-preference');
  for (const sel of [`tr[data-row="isolation"] td.cvm-table-vm`, `tr[data-row="resources"] td.cvm-table-vm`]) {
    await tapCentre(p, `${W} ${sel}`, { touch: true });
    await p.waitForTimeout(3200);
    const end = await stacks(p);
    const h = await height(p);
    const pressed = await p.locator(`${W} [aria-pressed="true"]`).count();
    assert.ok(pressed > 0);
    await tapCentre(p, `${W} .cvm-button--replay`, { touch: true });
    await p.waitForTimeout(300);
    assert.notDeepEqual(await stacks(p), end, `${sel}: the show runs again`);
    await p.waitForTimeout(3000);
    const again = await stacks(p);
    await p.waitForTimeout(400);
    assert.deepEqual(await stacks(p), again, `${sel}: and ends still again`);
    assert.equal(await height(p), h, `${sel}: no height change`);
    assert.equal(await p.locator(`${W} [aria-pressed="true"]`).count(), pressed, `${sel}: the pick stays`);
    assert.ok(await p.locator(`${W} .cvm-caption-path`).isVisible(), `${sel}: its words stay`);
    await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
    await p.waitForTimeout(100);
  }
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

// The nested pictures: the containers' kernel is their VM's; a pick shows there, not on the
// post's picture.
const NESTED = [
  ['wsl2', 'WSL2 utility VM (Linux kernel)', 'Hyper-V (type 1) → Windows (root partition) → Hardware'],
  ['cloud-vm', 'Ubuntu VM (guest OS)', "Hypervisor → Provider's hardware"],
];
for (const [picture, kernel, below] of NESTED) {
  test(`360 × 740, the ${picture} picture: each show runs on its containers, in words and in pixels`, async () => {
    const p = await open(the.browser, { width: 360 });
    await p.setViewportSize({ width: 360, height: 740 });
    await offline(p);
    await p.goto(`${the.site.url}${POST}#cvm-ko=lang:en;picture:${picture}`);
    await p.waitForSelector(W);
    const picks = [
      [`tr[data-row="virtualization"] td.cvm-table-vm`, [`Container: App 1 → Bins/Libs 1 → ${kernel}`], 1],
      [`tr[data-row="performance"] td.cvm-table-vm`, [`${kernel} → ${below}`], 1],
      [`tr[data-row="isolation"] td.cvm-table-vm`, [`Container: App 1 → ${kernel} → App 2`], 3],
      [`tr[data-row="workloads"] td.cvm-table-vm`, [`Container: Alpine, Ubuntu → ${kernel}`], 1],
      [`li[data-advantage="management"]`, ['Container: Docker engine → Bins/Libs 1, Bins/Libs 2 → App 1, App 2'], 5],
    ];
    for (const [sel, words, ends] of picks) {
      await tapCentre(p, `${W} ${sel}`, { touch: true });
      await p.waitForTimeout(100);
      assert.ok(await p.locator(`${W} .cvm-nested--${picture}`).isVisible(), `${sel}: the ${picture} picture stays`);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-diagram`).scrollIntoView({ block: 'start', behavior: 'instant' }), W);
      const h = await height(p);
      const early = await stacks(p);
      await p.waitForTimeout(500);
      assert.notDeepEqual(await stacks(p), early, `${picture}, ${sel}: the picture's pixels change while the show runs`);
      await p.waitForTimeout(2200);
      assert.equal(await height(p), h, `${picture}, ${sel}: no height change`);
      assert.equal(await p.locator(`${W} .cvm-nested .cvm-hop--end`).count(), ends, `${picture}, ${sel}: where the marker rests`);
      const path = await p.locator(`${W} .cvm-caption-path`).innerText();
      for (const w of words) assert.ok(path.includes(w), `${picture}, ${sel}: the path names ${w}: ${path}`);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
      await p.waitForTimeout(100);
    }
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });
}

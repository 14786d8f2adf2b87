// What the show tests share (show.test.mjs on a phone, show-desktop.test.mjs at 1280 px,
// show-pictures.test.mjs in type 1 and the nested pictures): every pick with its show (model::show), the page
// they open, what they measure, and the two checks each screen runs.
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { offline, POST } from './site.mjs';
import { tapCentre } from './support.mjs';
import { EN, VM, CT, app, bins, label, path, plain, each } from './content.mjs';

export const W = '#cvm-ko .cvm-live section.cvm';
// Each pick: where to tap, words its show writes in the caption, and how many blocks the marker
// rests on at the end in the VM stack and in the container stack (three apps).
const { shows, estimates } = EN;
export const PICKS = [
  ['the performance row', `tr[data-row="performance"] td.cvm-table-container`,
    [`${VM}: ${app(1)} →`, label('hypervisor'), `${CT}: ${app(1)} →`, label('hardware')], [1, 1]],
  ['the virtualization row', `tr[data-row="virtualization"] td.cvm-table-vm`,
    [path(VM, app(1), bins(1), label('guest_os', 1)), path(CT, app(1), bins(1), label('host_os'))], [1, 1]],
  ['the performance advantage', `li[data-advantage="performance"]`, [`${VM}: ${app(1)} →`, label('hypervisor'), label('hardware')], [1, 1]],
  // A kernel flaw: in VM 1 it stays (app 1, its guest OS); through the shared kernel it reaches
  // every container (app 1, the host OS, apps 2 and 3).
  ['the isolation row', `tr[data-row="isolation"] td.cvm-table-vm`,
    [path(VM, app(1), label('guest_os', 1)), path(CT, app(1), label('host_os'), [app(2), app(3)])], [2, 4]],
  // Other systems on the VMs (their names, no marker), other userlands on one kernel (its marker).
  ['the workloads row', `tr[data-row="workloads"] td.cvm-table-vm`,
    [path(VM, shows.systems.map(plain)), path(CT, shows.userlands.map(plain), label('host_os')), shows.workloads], [0, 1]],
  // Bars, no marker: the estimates' figures for three apps (the model's sums, approximate).
  ['the resources row', `tr[data-row="resources"] td.cvm-table-vm`,
    [estimates.memory, `${VM} ≈ 3.0 GB`, `${CT} ≈ 180 MB`, estimates.disk, `${VM} ≈ 12 GB`, `${CT} ≈ 138 MB`], [0, 0]],
  ['the fast setup advantage', `li[data-advantage="fast-setup"]`,
    [estimates.start, `${VM} ≈ 9 s`, `${CT} ≈ 1 s`, shows.start_race], [0, 0]],
  // One image: the engine pulls it; every container's bins/libs and app come from it.
  ['the management advantage', `li[data-advantage="management"]`,
    [path(CT, label('engine'), each(3, bins), each(3, app)), shows.image], [0, 7]],
  // And the same image lands on three servers.
  ['the scalability advantage', `li[data-advantage="scalability"]`,
    [`${bins(3)} → ${app(1)}`, shows.scale, ...each(3, (g) => `${shows.server} ${g}`)], [0, 7]],
];

/** The example post in English at `screen`, the stacks finished. */
export async function post(the, { width, height }, reducedMotion, hash = 'step:6') {
  const p = await open(the.browser, { width, reducedMotion });
  await p.setViewportSize({ width, height });
  await offline(p);
  p.setDefaultTimeout(10000);
  await p.goto(`${the.site.url}${POST}#cvm-ko=lang:en;${hash}`);
  await p.waitForSelector(W);
  return p;
}

export const height = (p) => p.evaluate((W) => document.querySelector(W).getBoundingClientRect().height, W);
// The stacks and the caption under them (its bars): where a show moves.
export const stacks = async (p) => Buffer.concat(await Promise.all(['.cvm-diagram', '.cvm-part--diagram > .cvm-caption']
  .map((s) => p.locator(`${W} ${s}`).screenshot({ animations: 'allow' }))));

/** Each pick's show moves something, ends still, keeps the widget's height, says itself in words. */
export async function eachShowMovesAndEndsStill(the, screen) {
  const at = `${screen.width} × ${screen.height}`;
  const p = await post(the, screen, 'no-preference');
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
    // The show in words: its lead and path (or bars), and scalability's servers.
    const path = (await p.locator(`${W} :is(.cvm-caption-path, .cvm-servers)`).allInnerTexts()).join('\n');
    for (const w of words) assert.ok(path.includes(w), `${at}, ${name}: the path in words names ${w}: ${path}`);
    await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
    await p.waitForTimeout(100);
  }
  assert.deepEqual(p.errors, [], at);
  await p.context().close();
}

/** With reduced motion: each show's end at once, nothing moves. */
export async function eachShowEndsAtOnce(the, screen) {
  const at = `${screen.width} × ${screen.height}`;
  const p = await post(the, screen, 'reduce');
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
}

// Show, then tell, in the pictures other than the post's (type 1, WSL2, a cloud VM) at 360 × 740:
// every pick shows on that picture's stacks; in the nested ones the containers' kernel is their VM's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tapCentre, useServers } from './support.mjs';
import { W, PICKS, post, height, stacks } from './show-support.mjs';
import { EN, VM, CT, app, bins, label, nestedPicture, path, plain, each } from './content.mjs';

const the = useServers({ site: true });
const at = Object.fromEntries(PICKS.map(([name, sel]) => [name, sel]));

const userlands = EN.shows.userlands.map(plain);
// What the bars-only shows write, the same in every picture: the estimates' figures (the
// model's sums for three apps, approximate).
const BARS = {
  'the resources row': [[`${VM} ≈ 3.0 GB`, `${CT} ≈ 180 MB`, `${VM} ≈ 12 GB`, `${CT} ≈ 138 MB`], 0],
  'the fast setup advantage': [[`${VM} ≈ 9 s`, `${CT} ≈ 1 s`], 0],
};
// Type 1: the post's stacks without a host OS under the VMs' hypervisor.
const TYPE_1 = {
  'the performance row': [[path(VM, app(1), bins(1), label('guest_os', 1), label('hypervisor'), label('hardware')),
    path(CT, app(1), bins(1), label('host_os'), label('hardware'))], 2],
  'the virtualization row': [[path(VM, app(1), bins(1), label('guest_os', 1)), path(CT, app(1), bins(1), label('host_os'))], 2],
  'the performance advantage': [[path(VM, app(1), bins(1), label('guest_os', 1), label('hypervisor'), label('hardware'))], 2],
  'the isolation row': [[path(VM, app(1), label('guest_os', 1)), path(CT, app(1), label('host_os'), [app(2), app(3)])], 6],
  'the workloads row': [[path(VM, EN.shows.systems.map(plain)), path(CT, userlands, label('host_os')), EN.shows.workloads], 1],
  ...BARS,
  'the management advantage': [[path(CT, label('engine'), each(3, bins), each(3, app))], 7],
  'the scalability advantage': [[`${bins(3)} → ${app(1)}`, ...each(3, (g) => `${EN.shows.server} ${g}`)], 7],
};
// A nested picture (two containers): its own words for the blocks, the containers' kernel its
// VM's, with what lies under the VM below it.
const nested = (picture) => {
  const n = nestedPicture(picture);
  const kernel = n.vm;
  const below = [n.hypervisor, ...(n.root ? [n.root.os] : []), n.hardware].join(' → ');
  return {
    'the performance row': [[path(CT, app(1), bins(1), kernel, below)], 1],
    'the virtualization row': [[path(CT, app(1), bins(1), kernel)], 1],
    'the performance advantage': [[`${kernel} → ${below}`], 1],
    'the isolation row': [[path(CT, app(1), kernel, app(2))], 3],
    'the workloads row': [[path(CT, userlands.slice(0, 2), kernel), EN.shows.workloads], 1],
    ...BARS,
    'the management advantage': [[path(CT, n.engine, each(2, bins), each(2, app))], 5],
    'the scalability advantage': [[path(CT, n.engine, each(2, bins), each(2, app)), `${EN.shows.server} 1`, `${EN.shows.server} 3`], 5],
  };
};
const PICTURES = [
  ['type 1', 'step:6;hv:1', TYPE_1],
  ['wsl2', 'picture:wsl2', nested('wsl2')],
  ['cloud-vm', 'picture:cloud-vm', nested('cloud-vm')],
];

for (const [picture, hash, picks] of PICTURES) {
  test(`360 × 740, the ${picture} picture: every show runs on its stacks, in words and in pixels`, async () => {
    const p = await post(the, { width: 360, height: 740 }, 'no-preference', hash);
    assert.deepEqual(Object.keys(picks).sort(), PICKS.map(([name]) => name).sort(), `${picture}: every pick`);
    for (const [name, [words, ends]] of Object.entries(picks)) {
      await tapCentre(p, `${W} ${at[name]}`, { touch: true });
      await p.waitForTimeout(100);
      if (picture !== 'type 1') assert.ok(await p.locator(`${W} .cvm-nested--${picture}`).isVisible(), `${name}: the ${picture} picture stays`);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-diagram`).scrollIntoView({ block: 'start', behavior: 'instant' }), W);
      const h = await height(p);
      const early = await stacks(p);
      await p.waitForTimeout(500);
      assert.notDeepEqual(await stacks(p), early, `${picture}, ${name}: the picture's pixels change while the show runs`);
      await p.waitForTimeout(2200);
      assert.equal(await height(p), h, `${picture}, ${name}: no height change`);
      assert.equal(await p.locator(`${W} .cvm-diagram .cvm-hop--end`).count(), ends, `${picture}, ${name}: where the marker rests`);
      const path = (await p.locator(`${W} .cvm-part--diagram :is(.cvm-caption-path, .cvm-servers)`).allInnerTexts()).join('\n');
      for (const w of words) assert.ok(path.includes(w), `${picture}, ${name}: the path names ${w}: ${path}`);
      assert.ok(!path.includes('Hypervisor → Host OS') || picture !== 'type 1', `type 1: no host OS under the hypervisor: ${path}`);
      await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
      await p.waitForTimeout(100);
    }
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });
}

for (const picture of ['wsl2', 'cloud-vm']) {
  test(`360 × 740, the ${picture} picture: the replay button alone, and it replays the show`, async () => {
    const p = await post(the, { width: 360, height: 740 }, 'no-preference', `picture:${picture}`);
    // No build-up here, so no player: only a show's replay button, which replays it.
    assert.equal(await p.locator(`${W} .cvm-player`).isVisible(), false, `${picture}: no player without a show`);
    await tapCentre(p, `${W} tr[data-row="isolation"] td.cvm-table-vm`, { touch: true });
    await p.waitForTimeout(3000);
    const end = await stacks(p);
    assert.deepEqual(await p.locator(`${W} .cvm-player button`).evaluateAll((bs) => bs.filter((b) => b.checkVisibility())
      .map((b) => b.classList.contains('cvm-button--replay'))), [true], `${picture}: the replay button alone`);
    await tapCentre(p, `${W} .cvm-button--replay`, { touch: true });
    await p.waitForTimeout(300);
    assert.notDeepEqual(await stacks(p), end, `${picture}: the replay button replays the show`);
    assert.ok(await p.locator(`${W} .cvm-nested--${picture}`).isVisible(), `${picture}: and the picture stays`);
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });
}

// Show, then tell, in the nested pictures (WSL2, a cloud VM) at 360 × 740: a pick shows on the
// picture's containers, whose kernel is their VM's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tapCentre, useServers } from './support.mjs';
import { W, post, height, stacks } from './show-support.mjs';

const the = useServers({ site: true });

const NESTED = [
  ['wsl2', 'WSL2 utility VM (Linux kernel)', 'Hyper-V (type 1) → Windows (root partition) → Hardware'],
  ['cloud-vm', 'Ubuntu VM (guest OS)', "Hypervisor → Provider's hardware"],
];
for (const [picture, kernel, below] of NESTED) {
  test(`360 × 740, the ${picture} picture: each show runs on its containers, in words and in pixels`, async () => {
    const p = await post(the, { width: 360, height: 740 }, 'no-preference', `picture:${picture}`);
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

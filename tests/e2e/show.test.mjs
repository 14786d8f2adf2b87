// Show, then tell, on a phone (360 × 740, touch): every pick of a row or an advantage has a show
// (model::show): a marker along a path on the stacks, other names on the blocks, or bars to one
// scale under them. It runs once and ends still, changes no height, is written in words; with
// reduced motion its end is shown at once; the replay button replays it. The checks are
// show-support.mjs's; show-desktop.test.mjs runs them at 1280 px, show-pictures.test.mjs in type 1 and the
// nested pictures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tapCentre, useServers } from './support.mjs';
import { W, PICKS, post, height, stacks, eachShowMovesAndEndsStill, eachShowEndsAtOnce } from './show-support.mjs';

const the = useServers({ site: true });
const PHONE = { width: 360, height: 740 };

test('360 × 740: each pick\'s show moves, ends still, and keeps the widget\'s height', () => eachShowMovesAndEndsStill(the, PHONE));
test('360 × 740, reduced motion: each show\'s end at once, nothing moves', () => eachShowEndsAtOnce(the, PHONE));

// A pick marks itself at once (the row, the blocks), so the browser's own tap highlight (a grey
// box Chrome on Android flashes over anything clickable) is off on every pick: it only doubled
// the mark, and its paint at the tap's start cost ~20 ms at 4x throttling (scripts/bench).
test('360 × 740: no pick flashes the browser\'s tap highlight', async () => {
  const p = await post(the, PHONE, 'reduce');
  const colours = await p.evaluate(([W, sels]) => sels.concat('.cvm-diagram .cvm-layer')
    .flatMap((sel) => [...document.querySelectorAll(`${W} ${sel}`)])
    .map((el) => [el.dataset.block ?? el.dataset.row ?? el.dataset.advantage ?? el.closest('[data-row]')?.dataset.row,
      getComputedStyle(el).webkitTapHighlightColor]), [W, PICKS.map(([, sel]) => sel)]);
  assert.ok(colours.length > 20, `only ${colours.length} picks found`);
  for (const [what, colour] of colours) assert.equal(colour, 'rgba(0, 0, 0, 0)', what);
  await p.context().close();
});

// A block that steps back at a pick is repainted, not laid out again: its label keeps its width
// (a lighter weight made every label narrower, and cost the tap ~15 ms of layout at 4x throttling:
// scripts/bench). Only a name a show writes changes a label.
test('360 × 740: a pick changes no label\'s width on the blocks that step back', async () => {
  const p = await post(the, PHONE, 'reduce');
  const widths = () => p.evaluate((W) => [...document.querySelectorAll(`${W} .cvm-diagram .cvm-layer`)]
    .map((b) => [b.dataset.block, b.classList.contains('cvm-layer--named'), b.querySelector('.cvm-layer-label').getBoundingClientRect().width]), W);
  const before = await widths();
  for (const [name, sel] of PICKS) {
    await tapCentre(p, `${W} ${sel}`, { touch: true });
    await p.waitForTimeout(100);
    const after = await widths();
    assert.equal(after.length, before.length, name);
    for (const [k, [block, named, w]] of after.entries()) {
      if (!named) assert.equal(w, before[k][2], `${name}: ${block}'s label keeps its width`);
    }
    await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
    await p.waitForTimeout(100);
  }
  assert.deepEqual(p.errors, []);
});

test('360 × 740: the replay button replays the pick\'s show and keeps the pick', async () => {
  const p = await post(the, PHONE, 'no-preference');
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

// The author chooses the parts: each box on /checks/parts/ shows the parts its
// include names, live and without JavaScript alike, in the same box; a bad value is named and all
// parts shown; a row picked without the diagram is explained under the table; the URL hash
// restores only what the box shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { useServers } from './support.mjs';

const the = useServers({ site: true });

const ALL = ['diagram', 'table', 'advantages', 'estimates'];
const BOXES = {
  'parts-diagram': ['diagram'],
  'parts-table': ['table'],
  'parts-two': ['table', 'advantages'],
  'parts-estimates': ['estimates'],
  'parts-bad': ALL,
  'parts-empty': ALL,
};

async function page(opts) {
  const p = await open(the.browser, { width: 1280, reducedMotion: 'reduce', ...opts });
  p.warnings = [];
  p.on('console', (m) => { if (m.type() === 'warning') p.warnings.push(m.text()); });
  return p;
}

/** The parts a box shows (live widget if there is one, else the fallback) and its height. */
const shown = (p, id) => p.evaluate((id) => {
  const box = document.getElementById(id);
  const w = box.querySelector('.cvm-live section.cvm') ?? box.querySelector('section.cvm');
  return {
    parts: [...w.querySelectorAll('.cvm-part')].filter((e) => e.getClientRects().length > 0)
      .map((e) => e.className.match(/cvm-part--(\w+)/)[1]),
    height: Math.round(box.getBoundingClientRect().height),
  };
}, id);

const live = async (p, id) => {
  await p.locator(`#${id}`).scrollIntoViewIfNeeded();
  await p.waitForSelector(`#${id} .cvm-live section.cvm`);
};

test('each box shows the parts it names, live and without JavaScript, at the same height', async () => {
  for (const width of [360, 1280]) {
    const still = await page({ width, javaScriptEnabled: false });
    await still.goto(the.site.url + '/checks/parts/');
    const p = await page({ width });
    await p.goto(the.site.url + '/checks/parts/');
    for (const [id, want] of Object.entries(BOXES)) {
      const fallback = await shown(still, id);
      assert.deepEqual(fallback.parts, want, `${width}px #${id} without JavaScript`);
      await live(p, id);
      const l = await shown(p, id);
      assert.deepEqual(l.parts, want, `${width}px #${id} live`);
      assert.equal(l.height, fallback.height, `${width}px #${id}: the live widget takes the fallback's box`);
    }
    for (const bad of ['diagram,photo', '']) {
      assert.ok(p.warnings.some((w) => w.includes(`data-parts="${bad}" is not understood; using diagram,table,advantages,estimates`)),
        `the bad value ${JSON.stringify(bad)} is named: ${p.warnings}`);
    }
    assert.deepEqual(p.errors, []);
    await still.context().close();
    await p.context().close();
  }
});

test('without the diagram a picked row or advantage is explained under its own part', async () => {
  const p = await page({ width: 360 });
  await p.goto(the.site.url + '/checks/parts/');
  await live(p, 'parts-two');
  const w = '#parts-two .cvm-live';
  assert.equal(await p.locator(`${w} .cvm-diagram`).count(), 0);
  const captions = p.locator(`${w} .cvm-caption`);
  assert.equal(await captions.count(), 2);
  for (const c of await captions.all()) assert.equal(await c.locator('.cvm-caption-short').count(), 0, 'idle until a pick');
  await p.locator(`${w} tr[data-row="performance"] td.cvm-table-vm`).tap();
  const table = p.locator(`${w} .cvm-part--table .cvm-caption`);
  assert.ok(await table.locator('.cvm-caption-short').isVisible(), 'the row is explained under the table');
  assert.match(await table.locator('[aria-live]').textContent(), /^성능: /);
  assert.match(await table.locator('.cvm-more').textContent(), /Felter/);
  assert.ok(await table.locator('.cvm-caption-clear').isVisible());
  // The caption sits right under the table, on screen.
  const r = await table.boundingBox();
  assert.ok(r.y >= 0 && r.y + r.height <= 801, `caption on screen: ${JSON.stringify(r)}`);
  await p.locator(`${w} li[data-advantage="fast-setup"]`).tap();
  assert.equal(await table.locator('.cvm-caption-short').count(), 0, 'the table panel lets go');
  const adv = p.locator(`${w} .cvm-part--advantages .cvm-caption`);
  assert.ok(await adv.locator('.cvm-caption-short').isVisible());
  await adv.locator('.cvm-caption-clear').click();
  assert.equal(await p.locator(`${w} [aria-pressed="true"]:is(.cvm-row-button, .cvm-advantage-button)`).count(), 0);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('the URL hash restores only what the box shows, and names what it ignores', async () => {
  const p = await page({ width: 1280 });
  await p.goto(the.site.url + '/checks/parts/#parts-table=pick:row:isolation;step:2;apps:5&parts-diagram=pick:row:isolation;apps:3');
  await live(p, 'parts-table');
  assert.equal(await p.locator('#parts-table .cvm-live tr[data-row="isolation"] button').getAttribute('aria-pressed'), 'true');
  for (const field of ['step:2', 'apps:5']) {
    assert.ok(p.warnings.some((w) => w.includes(`"${field}"`) && w.includes('does not show the diagram')), `${field}: ${p.warnings}`);
  }
  await live(p, 'parts-diagram');
  assert.equal(await p.locator('#parts-diagram .cvm-live .cvm-diagram').getAttribute('data-apps'), '3');
  assert.ok(p.warnings.some((w) => w.includes('"pick:row:isolation"') && w.includes('(parts-diagram)') && w.includes('does not show the table')));
  assert.equal(await p.locator('#parts-diagram .cvm-live .cvm-layer--lit').count(), 0, 'nothing lit for a row the box does not show');
  await p.context().close();
});

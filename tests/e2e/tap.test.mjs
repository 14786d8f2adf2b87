// A tap lands where the reader taps: the whole table row and the whole advantage
// pick, at 360 px with touch and at 1280 px with a mouse; each keeps one focusable control (no
// nested interactive elements, no extra tab stops) and one pressed state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { useServers } from './support.mjs';

const W = '[data-cvm] .cvm-live section.cvm';
const ROWS = ['virtualization', 'resources', 'workloads', 'performance', 'isolation'];
const the = useServers({ demo: true });

async function demo(width) {
  const p = await open(the.browser, { width, reducedMotion: 'reduce' });
  await p.goto(the.demo.url + '/');
  await p.waitForSelector(W);
  return p;
}

const pressedIn = (p, sel) => p.locator(`${W} ${sel} [aria-pressed="true"]`).evaluateAll((bs) => bs.map((b) => b.textContent.trim()));

for (const width of [360, 1280]) {
  const how = width < 700 ? 'tap' : 'click';
  test(`${width}px: a ${how} on a row's value cell picks the row, a second one lets go`, async () => {
    const p = await demo(width);
    const act = (l) => (width < 700 ? l.tap() : l.click());
    for (const key of ROWS) {
      const row = p.locator(`${W} tr[data-row="${key}"]`);
      const topic = (await row.locator('button').textContent()).trim();
      const vm = row.locator('td.cvm-table-vm');
      await vm.scrollIntoViewIfNeeded();
      await act(vm);
      assert.deepEqual(await pressedIn(p, '.cvm-table'), [topic], `${key}: the tapped row, pressed once`);
      assert.ok((await p.locator(`${W} .cvm-caption [aria-live]`).textContent()).startsWith(topic), `${key}: explained`);
      await row.locator('td.cvm-table-container').scrollIntoViewIfNeeded();
      await act(row.locator('td.cvm-table-container'));
      assert.deepEqual(await pressedIn(p, '.cvm-table'), [], `${key}: the other value cell lets go`);
    }
    // An advantage: its text, not its title button.
    const item = p.locator(`${W} li[data-advantage="fast-setup"]`);
    await item.scrollIntoViewIfNeeded();
    const box = await item.boundingBox();
    await (width < 700 ? item.tap({ position: { x: box.width - 12, y: box.height - 10 } })
      : item.click({ position: { x: box.width - 12, y: box.height - 10 } }));
    const title = (await item.locator('button').textContent()).trim();
    assert.deepEqual(await pressedIn(p, '.cvm-advantages'), [title], 'the tapped advantage');
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });
}

test('one control per row and per advantage: one tab stop, one pressed state, no nested controls', async () => {
  const p = await demo(360);
  const f = await p.evaluate((W) => {
    const w = document.querySelector(W);
    const focusable = (root) => [...root.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
      .filter((e) => e.tabIndex >= 0 && !e.disabled);
    const items = [...w.querySelectorAll('tr.cvm-table-row, li.cvm-advantage')];
    return items.map((it) => ({
      tag: it.tagName,
      stops: focusable(it).length,
      pressed: it.querySelectorAll('[aria-pressed]').length + (it.hasAttribute('aria-pressed') ? 1 : 0),
      ownRole: it.getAttribute('role'),
      tabindex: it.getAttribute('tabindex'),
      nested: [...it.querySelectorAll('button')].some((b) => b.querySelector('button, a, input')),
    }));
  }, W);
  assert.equal(f.length, 9);
  for (const it of f) {
    // A row keeps its table role (no button role on top of it); an advantage stays a list item.
    const ownRole = it.tag === 'TR' ? 'row' : null;
    assert.deepEqual(it, { tag: it.tag, stops: 1, pressed: 1, ownRole, tabindex: null, nested: false });
  }
  // Enter and Space on the row's button pick and let go, once each (its click reaches the row).
  const button = p.locator(`${W} tr[data-row="isolation"] button`);
  await button.focus();
  await p.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  await button.focus();
  await p.keyboard.press('Space');
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  await p.context().close();
});

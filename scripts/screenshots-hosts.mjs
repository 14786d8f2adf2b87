// Screenshots of the widget in the host checks (examples/blog, built with jekyll): pages shaped
// like Type-on-Strap and minimal-mistakes, light and dark page, light and dark system, and the
// parts check. Usage: node scripts/screenshots-hosts.mjs (needs build/blog; writes
// target/shots/host-<theme>-<page>-<system>-<width>.png: the whole widget, with the isolation row picked by a tap on its VM cell).
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open } from '../tests/e2e/browser.mjs';
import { buildSite } from '../tests/e2e/site.mjs';

const out = 'target/shots';
await mkdir(out, { recursive: true });
const server = await serve({ root: buildSite('') });
const browser = await launch();
const shots = [];
for (const host of ['type-on-strap', 'minimal-mistakes']) {
  for (const look of ['light', 'dark']) {
    for (const system of ['light', 'dark']) shots.push([`/checks/${host}/${look}/`, `${host}-${look}-${system}`, system, '#cvm-check .cvm-live section.cvm']);
  }
}
shots.push(['/checks/parts/', 'parts-table', 'light', '#parts-table .cvm-live section.cvm']);
for (const [path, name, system, sel] of shots) {
  for (const width of [360, 1280]) {
    const p = await open(browser, { width, scheme: system, reducedMotion: 'reduce' });
    await p.goto(server.url + path);
    await p.locator(sel.split(' .cvm-live')[0]).scrollIntoViewIfNeeded();
    await p.waitForSelector(sel);
    // The row picked by a tap on its value cell, so the shot shows the pick too.
    const cell = p.locator(`${sel} tr[data-row="isolation"] td.cvm-table-vm`);
    await cell.click();
    await p.waitForTimeout(300);
    const box = await p.evaluate((sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return { x: 0, y: Math.max(0, r.top + scrollY - 40), width: innerWidth, height: Math.min(r.height + 80, 4000) };
    }, sel);
    const file = `${out}/host-${name}-${width}.png`;
    await p.screenshot({ path: file, clip: box, fullPage: true });
    console.log(file, p.errors.length ? p.errors : '');
    await p.context().close();
  }
}
await browser.close();
await server.close();

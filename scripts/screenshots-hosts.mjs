// Screenshots of the widget in the host checks (examples/blog, built with jekyll): pages shaped
// like Type-on-Strap and minimal-mistakes, light and dark page, light and dark system, and the
// parts check. Usage: node scripts/screenshots-hosts.mjs (needs build/blog; writes
// target/shots/host-<theme>-<page>-<system>-<width>.png: the whole widget, with the isolation row
// picked by a tap on its VM cell).
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { buildSite } from '../tests/e2e/site.mjs';
import { shoot } from './shots.mjs';

const out = 'target/shots';
await mkdir(out, { recursive: true });
const server = await serve({ root: buildSite('') });
const browser = await launch();
const shots = [];
for (const host of ['type-on-strap', 'minimal-mistakes']) {
  for (const look of ['light', 'dark']) {
    for (const system of ['light', 'dark']) shots.push([`/checks/${host}/${look}/`, `${host}-${look}-${system}`, system, '#cvm-check']);
  }
}
shots.push(['/checks/parts/', 'parts-table', 'light', '#parts-table']);
for (const [path, name, scheme, box] of shots) {
  const widget = `${box} .cvm-live section.cvm`;
  for (const width of [360, 1280]) {
    await shoot(browser, {
      url: server.url + path, width, scheme, file: `${out}/host-${name}-${width}.png`,
      waitFor: box, clip: widget, margin: 40,
      // The row picked by a tap on its value cell, so the shot shows the pick too.
      act: async (page) => {
        await page.locator(box).scrollIntoViewIfNeeded();
        await page.locator(`${widget} tr[data-row="isolation"] td.cvm-table-vm`).click();
      },
    });
  }
}
await browser.close();
await server.close();

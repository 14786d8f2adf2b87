// Screenshots of single parts of the demo page, to look at: both nested pictures, the scale
// explorer with its sources open, the isolation row's caption, a layer's caption with its quote.
// Usage: W=360 node scripts/screenshots-parts.mjs (needs build/dist; writes target/shots/).
import { mkdir } from 'node:fs/promises';
const W = Number(process.env.W ?? 360);
import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open } from '../tests/e2e/browser.mjs';
const out = 'target/shots'; await mkdir(out, { recursive: true });
const server = await serve({ root: 'build/dist' });
const browser = await launch();
for (const [name, hash, sel, click] of [
  ['wsl2', '#cvm1=picture:wsl2', '.cvm-live .cvm-diagram, .cvm-live .cvm-caption', null],
  ['cloud', '#cvm1=picture:cloud-vm', '.cvm-live .cvm-diagram', null],
  ['scale', '', '.cvm-live .cvm-scale', '.cvm-live .cvm-sources summary'],
  ['isolation', '#cvm1=focus:row:isolation', '.cvm-live .cvm-caption', null],
  ['hypervisor', '#cvm1=focus:layer:vm.hypervisor', '.cvm-live .cvm-caption', null],
]) {
  for (const scheme of ['light', 'dark']) {
    const page = await open(browser, { width: W, scheme, reducedMotion: 'reduce' });
    await page.goto(server.url + '/' + hash);
    await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
    if (click) await page.click(click);
    await page.waitForTimeout(200);
    const box = await page.evaluate((sel) => {
      const rs = [...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect());
      const top = Math.min(...rs.map((r) => r.top)) + scrollY, bottom = Math.max(...rs.map((r) => r.bottom)) + scrollY;
      return { x: 0, y: top - 8, width: innerWidth, height: bottom - top + 16 };
    }, sel);
    await page.screenshot({ path: `${out}/${name}-${W}-${scheme}.png`, clip: box, fullPage: true });
    console.log(name, scheme, page.errors);
    await page.context().close();
  }
}
await browser.close(); await server.close();

// Screenshots of single parts of the demo page, to look at: both nested pictures, the
// estimates with their sources open, the isolation row's caption, a layer's caption with its quote.
// Usage: W=360 node scripts/screenshots-parts.mjs (needs build/dist; writes target/shots/).
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { shoot } from './shots.mjs';

const width = Number(process.env.W ?? 360);
const out = 'target/shots';
await mkdir(out, { recursive: true });
const server = await serve({ root: 'build/dist' });
const browser = await launch();
for (const [name, hash, clip, click] of [
  ['wsl2', '#cvm1=picture:wsl2', '.cvm-live .cvm-diagram, .cvm-live .cvm-caption', null],
  ['cloud', '#cvm1=picture:cloud-vm', '.cvm-live .cvm-diagram', null],
  ['estimates', '', '.cvm-live .cvm-estimates', '.cvm-live .cvm-sources summary'],
  ['isolation', '#cvm1=pick:row:isolation', '.cvm-live .cvm-caption', null],
  ['hypervisor', '#cvm1=pick:layer:vm.hypervisor', '.cvm-live .cvm-caption', null],
]) {
  for (const scheme of ['light', 'dark']) {
    await shoot(browser, {
      url: `${server.url}/${hash}`, width, scheme, file: `${out}/${name}-${width}-${scheme}.png`,
      waitFor: '[data-cvm] .cvm-live section.cvm', clip,
      act: click && ((page) => page.click(click)),
    });
  }
}
await browser.close();
await server.close();

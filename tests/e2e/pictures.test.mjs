// The two nested pictures (Docker Desktop with WSL2, containers in a cloud VM) at 320, 360 and
// 1280 px, Korean and English: the nested stacks are drawn, nothing is wider than the screen or
// the widget, and no word is split across lines. (The hash restoring each picture, its caption
// and its missing player are in demo.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { useServers } from './support.mjs';
import { splitWords } from './words.mjs';

const the = useServers({ demo: true });

for (const width of [320, 360, 1280]) {
  for (const picture of ['wsl2', 'cloud-vm']) {
    test(`the ${picture} picture at ${width}px, Korean and English: nested stacks, no overflow, no split word`, async () => {
      for (const lang of ['ko', 'en']) {
        const page = await open(the.browser, { width, reducedMotion: 'reduce' });
        await page.goto(`${the.demo.url}/#cvm1=lang:${lang};picture:${picture}`);
        await page.waitForSelector(`[data-cvm] .cvm-live .cvm-nested--${picture}`);
        const r = await page.evaluate(() => {
          const root = document.querySelector('.cvm-live section.cvm');
          const right = root.getBoundingClientRect().right;
          return {
            page: document.documentElement.scrollWidth,
            widget: right,
            wide: [...root.querySelectorAll('*')].filter((e) => !e.closest('.cvm-table-wrap'))
              .filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.className || e.tagName),
            // A label wider than its block.
            clipped: [...root.querySelectorAll('.cvm-nested .cvm-layer')].filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent),
            blocks: root.querySelectorAll('.cvm-nested .cvm-layer').length,
            containers: root.querySelectorAll('.cvm-nested [data-part="vm"] .cvm-nested-containers .cvm-column').length,
          };
        });
        r.split = await page.evaluate(splitWords, '.cvm-live section.cvm');
        const what = `${picture} ${lang} at ${width}px`;
        assert.equal(r.containers, 2, what);
        assert.ok(r.blocks >= 8, `${what}: ${r.blocks} blocks`);
        assert.ok(r.page <= width && r.widget <= width, `${what}: page ${r.page}px, widget right ${r.widget}`);
        assert.deepEqual(r.wide, [], what);
        assert.deepEqual(r.clipped, [], what);
        assert.deepEqual(r.split, [], what);
        assert.deepEqual(page.errors, [], what);
        await page.context().close();
      }
    });
  }
}

// No word of the widget is split across lines, at five widths, Korean and English, with 3 and 8
// apps and with the workloads' names on the blocks; the tables keep their column heads. (In a file of its own: with the rest of the
// accessibility checks it passed the 120 s a test file may take.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { useServers } from './support.mjs';
import { offline } from './site.mjs';
import { splitWords } from './words.mjs';

const the = useServers({ demo: true });

async function mounted(page, url) {
  await offline(page);
  await page.goto(url);
  await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
}

for (const width of [320, 360, 390, 768, 1280]) {
  test(`no word is split across lines at ${width}px, Korean and English, 3 and 8 apps; the tables keep their column heads`, async () => {
    // The workloads row writes other names on the blocks (Windows, Alpine, …): in a phone's narrow
    // blocks they break at their zero-width spaces (Win|dows), never mid-letter.
    for (const [lang, state] of [['ko', ''], ['en', ''], ['ko', 'apps:8'], ['en', 'apps:8'],
      ['ko', 'pick:row:workloads'], ['en', 'pick:row:workloads;apps:8']]) {
      const page = await open(the.browser, { width, reducedMotion: 'reduce' });
      await mounted(page, the.demo.url + '/' + (state ? `#cvm1=${state}` : ''));
      if (lang === 'en') {
        await page.locator('.cvm-live .cvm-language button[lang="en"]').click();
        await page.waitForSelector('.cvm-live section.cvm[lang="en"]');
      }
      // A word (between spaces, hyphens, slashes and brackets, where lines may break) whose
      // letters lie on more than one line was split.
      const split = await page.evaluate(splitWords, '.cvm-live section.cvm');
      assert.deepEqual(split, [], `${lang} ${state} at ${width}px`);
      // Each value cell is announced under its own column head: the head row keeps its corner.
      const head = await page.locator('.cvm-live .cvm-comparison thead').ariaSnapshot();
      assert.match(head, /- cell\s*\n\s*- columnheader[^\n]*\n\s*- columnheader/, head);
      await page.context().close();
    }
  });
}


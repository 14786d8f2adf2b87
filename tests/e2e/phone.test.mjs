// The comparison on one phone screen, on the example post (Jekyll), at 360 × 740 and 390 × 844
// with touch and at 1280 × 800, in Korean and in English: the diagram part fits one screen; the
// stacks and the caption under them fit one screen; while the stacks build up the caption holds at
// most two empty lines under its text; after a tap on any row or advantage both stacks and the
// short answer are on screen; and the build-up waits until the stacks themselves are in sight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { offline, POST } from './site.mjs';
import { useServers } from './support.mjs';

const SCREENS = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const W = '#cvm-ko .cvm-live section.cvm';
const the = useServers({ site: true });

/** The post at `screen`, the Korean widget (autoplay on) in `lang` (through its URL hash). */
async function post({ width, height }, lang, reducedMotion) {
  const p = await open(the.browser, { width, reducedMotion });
  await p.setViewportSize({ width, height });
  await offline(p);
  p.setDefaultTimeout(10000);
  await p.goto(`${the.site.url}${POST}#cvm-ko=lang:${lang}`);
  await p.waitForSelector(W);
  return p;
}

/** Heights and edges of the widget's parts, in viewport px. */
const measure = (p) => p.evaluate((W) => {
  const w = document.querySelector(W);
  const r = (sel) => w.querySelector(sel)?.getBoundingClientRect();
  const caption = w.querySelector('.cvm-part--diagram .cvm-caption');
  const lineHeight = parseFloat(getComputedStyle(caption).lineHeight);
  // Every step's text is laid out in the same cell: the empty space under each, from the bottom
  // of its words (a grid item's own box is stretched to the cell) to the bottom of the cell.
  const cell = caption.querySelector('.cvm-caption-stack');
  const empty = cell ? [...cell.children].map((t) => {
    const words = document.createRange();
    words.selectNodeContents(t);
    return cell.getBoundingClientRect().bottom - words.getBoundingClientRect().bottom;
  }) : null;
  return {
    widget: w.getBoundingClientRect().height,
    part: r('.cvm-part--diagram').height,
    stacksToCaption: r('.cvm-part--diagram .cvm-caption').bottom - r('.cvm-diagram').top,
    lineHeight,
    empty,
  };
}, W);

for (const screen of SCREENS) {
  for (const lang of ['ko', 'en']) {
    const at = `${lang} ${screen.width} × ${screen.height}`;
    test(`${at}: the diagram part and the stacks with their caption each fit one screen; the build-up's caption holds at most two empty lines`, async () => {
      const p = await post(screen, lang, 'no-preference');
      const m = await measure(p);
      assert.ok(m.part <= screen.height, `${at}: the diagram part (switches, stacks, caption, player) is ${Math.round(m.part)} px`);
      assert.ok(m.stacksToCaption <= screen.height, `${at}: stacks to caption bottom is ${Math.round(m.stacksToCaption)} px`);
      assert.ok(m.empty, `${at}: the caption shows the build-up's steps`);
      // In whole lines (a line box is a few px taller than its words).
      const worst = Math.max(...m.empty);
      assert.ok(Math.round(worst / m.lineHeight) <= 2, `${at}: ${Math.round(worst)} px empty under a step's text (a line: ${m.lineHeight} px)`);
      assert.deepEqual(p.errors, [], at);
      await p.context().close();
    });

    test(`${at}: after a tap on each row and each advantage, both stacks and the short answer are on screen`, async () => {
      const p = await post(screen, lang, 'reduce');
      const touch = screen.width < 700;
      const targets = [
        ...['virtualization', 'resources', 'workloads', 'performance', 'isolation'].map((k) => `tr[data-row="${k}"] td.cvm-table-container`),
        ...['performance', 'fast-setup', 'management', 'scalability'].map((k) => `li[data-advantage="${k}"]`),
      ];
      const misses = [];
      for (const sel of targets) {
        const target = p.locator(`${W} ${sel}`).first();
        await target.scrollIntoViewIfNeeded();
        const box = await target.boundingBox();
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        if (touch) await p.touchscreen.tap(x, y); else await p.mouse.click(x, y);
        // The scroll (instant with reduced motion) follows the render.
        await p.waitForTimeout(150);
        const seen = await p.evaluate((W) => {
          const w = document.querySelector(W);
          const inside = (el) => {
            const r = el?.getBoundingClientRect();
            return !!r && r.height > 0 && r.top >= -1 && r.bottom <= innerHeight + 1;
          };
          return {
            picked: !!w.querySelector('.cvm-table [aria-pressed="true"], .cvm-advantages [aria-pressed="true"]'),
            vm: inside(w.querySelector('.cvm-stack--vm')),
            container: inside(w.querySelector('.cvm-stack--container')),
            short: inside(w.querySelector('.cvm-part--diagram .cvm-caption-short')),
          };
        }, W);
        if (!(seen.picked && seen.vm && seen.container && seen.short)) misses.push(`${sel} ${JSON.stringify(seen)}`);
        // Let go again, so the next tap picks.
        await p.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
      }
      assert.deepEqual(misses, [], `${at}: taps after which the stacks or the short answer were off screen`);
      assert.deepEqual(p.errors, [], at);
      await p.context().close();
    });
  }
}

test('360 × 740: the build-up starts when the stacks are on screen, not when the widget\'s top is', async () => {
  const p = await post({ width: 360, height: 740 }, 'ko', 'no-preference');
  const step = () => p.locator(`${W} .cvm-diagram`).getAttribute('data-step');
  // The widget's top on screen, the stacks' hardware 40 px below the screen's edge.
  const top = await p.evaluate((W) => {
    const w = document.querySelector(W);
    const hardware = w.querySelector('.cvm-diagram').getBoundingClientRect().bottom + scrollY;
    scrollTo(0, hardware - innerHeight + -40);
    return w.getBoundingClientRect().top;
  }, W);
  assert.ok(top > 0 && top < 740 * 0.75, `the widget's top is on screen (${top})`);
  await p.waitForTimeout(2000);
  assert.equal(await step(), '0', 'nothing built while the stacks are off screen');
  await p.locator(`${W} .cvm-diagram`).scrollIntoViewIfNeeded();
  await p.waitForFunction((W) => document.querySelector(`${W} .cvm-diagram`).dataset.step !== '0', W, { timeout: 5000 });
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

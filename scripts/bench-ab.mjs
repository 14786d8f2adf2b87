// An A/B of one lever on one build (after scripts/release): the example post at 360 × 740 under
// 4x CPU throttling, page A as built and page B with the CSS given injected, the nine picks tapped
// in alternating rounds (A B, B A, …) so both see the same machine. One run of scripts/bench
// varies by several long tasks on the same build (docs/bench.md); this compares two pages in one.
// Traced, so every task is a little slower than untraced.
//   node scripts/bench-ab.mjs '.cvm .cvm-part { contain: none }' [rounds, default 4]
import { serve } from '../tests/e2e/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { buildSite, phonePost } from '../tests/e2e/site.mjs';
import { PICKS, W } from '../tests/e2e/show-support.mjs';
import { median, tapPick, throttle } from './bench-taps.mjs';

const [css, rounds = '4'] = process.argv.slice(2);
if (!css) {
  console.error('usage: node scripts/bench-ab.mjs <css for page B> [rounds]');
  process.exit(2);
}
const server = await serve({ root: buildSite(''), gzip: true });
const browser = await launch();
const pages = {};
for (const [k, extra] of [['A', ''], ['B', css]]) {
  const page = await phonePost(browser, server.url);
  // At the end of the body: after the widget's own stylesheet, which the include links in the post.
  if (extra) await page.evaluate((css) => document.body.append(Object.assign(document.createElement('style'), { textContent: css })), extra);
  await throttle(page);
  pages[k] = page;
}
// Per tap: the main thread's tasks in the 1.5 s from the touch (their sum, the longest, how many
// over 50 ms) and the prepaint, paint and layerize among them.
const taps = { A: [], B: [] };
for (let round = 0; round < Number(rounds); round++) for (const k of round % 2 ? ['B', 'A'] : ['A', 'B']) {
  const page = pages[k];
  await page.bringToFront();
  for (const [, sel] of PICKS) {
    await tapPick(page, `${W} ${sel}`, 800, () => browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] }));
    await new Promise((r) => setTimeout(r, 2000));
    const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const touch = ev.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'touchstart');
    const main = ev.filter((e) => e.ph === 'X' && e.pid === touch?.pid && e.tid === touch?.tid);
    const within = (e) => e.ts >= touch.ts - 3000 && e.ts < touch.ts + 1.5e6;
    const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && within(e)).map((t) => t.dur / 1000);
    taps[k].push({
      busy: tasks.reduce((a, t) => a + t, 0),
      longest: Math.max(...tasks),
      long: tasks.filter((t) => t > 50).length,
      paint: main.filter((e) => ['PrePaint', 'Paint', 'Layerize'].includes(e.name) && within(e)).reduce((a, e) => a + e.dur / 1000, 0),
    });
    await page.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), W);
    await new Promise((r) => setTimeout(r, 400));
  }
}
await browser.close();
await server.close();
console.log(`B: ${css}`);
console.log('page   taps   busy in 1.5 s   prepaint+paint+layerize   longest task   tasks over 50 ms   (ms, medians)');
for (const k of ['A', 'B']) {
  const t = taps[k];
  const m = (f) => median(t.map(f)).toFixed(0).padStart(8);
  console.log(`${k.padEnd(7)}${String(t.length).padStart(4)}   ${m((x) => x.busy)}        ${m((x) => x.paint)}                ${m((x) => x.longest)}       ${String(t.reduce((a, x) => a + x.long, 0)).padStart(6)}`);
}

// The numbers behind scripts/bench. Run it through scripts/bench, which builds both apps first.
import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { sizes } from './size.mjs';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open, CHROMIUM } from '../tests/e2e/browser.mjs';
import { buildSite, offline, phonePost, POST } from '../tests/e2e/site.mjs';
import { median, tapPick, throttle } from './bench-taps.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const LOADS = 9;
const SHOW_ROUNDS = 3;
// The same taps on the post without the widget: the floor the shows are measured against.
const FLOOR_ROUNDS = 2;
const kb = (n) => (n / 1000).toFixed(1).padStart(7);

// ---- Size (scripts/size.mjs, the one measure) ------------------------------------------------
// `--only-shows`: the shows' figures alone (after scripts/release), without sizes, loads or Lighthouse.
const onlyShows = process.argv.includes('--only-shows');
if (!onlyShows) {
const widget = sizes(join(ROOT, 'build/blog/assets/container-vs-vm'));
const base = sizes(join(ROOT, 'target/bench/counter'));
console.log('\n== Size (KB = 1000 bytes)                raw     gzip   brotli');
for (const [name, s] of [['widget', widget], ['baseline counter', base]]) {
  for (const kind of ['wasm', 'js', 'css', 'total']) {
    if (!s[kind] || (kind === 'css' && !s.css.raw)) continue;
    console.log(`${(name + ' ' + kind).padEnd(36)}${kb(s[kind].raw)}  ${kb(s[kind].gzip)}  ${kb(s[kind].brotli)}`);
  }
}
const ratio = widget.total.gzip / base.total.gzip;
const own = widget.total.gzip - base.total.gzip;
console.log(`widget total: ${kb(widget.total.gzip).trim()} KB gzip, ${kb(widget.total.brotli).trim()} KB brotli   (target <= 80 KB gzip, aim <= 67)`);
console.log(`own weight (widget - baseline, gzip total): ${kb(own).trim()} KB   (target <= 25 KB)`);
console.log(`ratio widget / baseline (gzip total): ${ratio.toFixed(2)}`);

// ---- Where the wasm's bytes go ---------------------------------------------------------------
// twiggy's shallow sizes of the same wasm with its names kept (raw bytes, before compression; the
// names section itself is left out). Categories by item name, first match wins.
const CATEGORIES = [
  ['data (words, messages)', (n) => n.startsWith('data segment') || n.startsWith('data[')],
  ['allocator', (n) => /lol_alloc|dlmalloc|__rust_(alloc|dealloc|realloc)|__rdl_/.test(n)],
  ['view code (widget)', (n) => /\bwidget\[|<widget\[|widget::|::Widget>/.test(n) && !/^<?yew\[[^>]*>::(dom_bundle|virtual_dom|scheduler)/.test(n)],
  ['model', (n) => /model\[|model::/.test(n)],
  ['yew', (n) => /yew|implicit_clone|indexmap|hashbrown|gloo|slab/.test(n)],
  ['std/fmt', (n) => /core\[[^\]]*\]::fmt|core::fmt|alloc\[[^\]]*\]::fmt|::fmt\b|std\[|core\[|alloc\[|compiler_builtins/.test(n)],
  ['wasm-bindgen / web-sys', (n) => /wasm_bindgen|web_sys|js_sys|__wbg|__wbindgen|externref/.test(n)],
];
try {
  const items = JSON.parse(readFileSync(join(ROOT, 'target/bench/names/top.json'), 'utf8'))
    .filter((i) => !/^"function names"|^"local names"|^"name"|Total Rows|more\.$/.test(i.name));
  const groups = new Map([...CATEGORIES.map(([c]) => [c, []]), ['other', []]]);
  for (const i of items) groups.get((CATEGORIES.find(([, f]) => f(i.name)) ?? ['other'])[0]).push(i);
  const all = items.reduce((a, i) => a + i.shallow_size, 0);
  console.log(`\n== Where the widget's wasm bytes go (raw, names kept; ${kb(all).trim()} KB of code and data)`);
  for (const [c, is] of groups) {
    const sum = is.reduce((a, i) => a + i.shallow_size, 0);
    const top = is.sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 2)
      .map((i) => `${i.name.replace(/\[[0-9a-f]{8,}\]/g, '').slice(0, 60)} ${(i.shallow_size / 1000).toFixed(1)}`).join('; ');
    console.log(`${c.padEnd(24)}${kb(sum)} KB ${(100 * sum / all).toFixed(0).padStart(3)} %   ${top}`);
  }
} catch (e) {
  console.log(`(no byte breakdown: ${e.message})`);
}

}

// ---- Speed ---------------------------------------------------------------------------------
if (!process.argv.includes('--only-lighthouse') && !onlyShows) {
  // On the example Jekyll post, the way readers get the widget: the include's static fallback, the
  // loader fetching the wasm when the box comes near, then mount. (On the demo page trunk preloads
  // the wasm, so its bytes arrive long before the page has even been parsed.)
  // Compressed, as static hosts (GitHub Pages) serve it.
  const server = await serve({ root: buildSite(''), gzip: true });
  const browser = await launch();
  const runs = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await open(browser, { width: 360 });
    await offline(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const m = (window.__cvm = { longTasks: [], cls: 0, frames: [], mounted: null, firstStep: null, done: null });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => m.longTasks.push({ start: e.startTime, ms: e.duration })))
        .observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => { m.cls += e.value; }))
        .observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => {
        if (!m.mounted && document.querySelector('.cvm-live section.cvm')) m.mounted = performance.now();
        const d = document.querySelector('.cvm-live .cvm-diagram');
        if (!m.firstStep && d && d.dataset.step === '1') m.firstStep = performance.now();
        if (!m.done && d && d.dataset.step === '6' && !document.querySelector('.cvm-live .cvm-button--pause')) m.done = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
      const tick = (t) => { m.frames.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    await page.goto(server.url + POST);
    // The reader scrolls to the first widget: the loader starts when it comes within 600 px, and
    // the build-up when it is on screen. (The post is longer than a phone's screen.)
    await page.evaluate(() => document.querySelector('[data-cvm]').scrollIntoView());
    // Polled with plain evaluate calls, and only once the build-up is well under way (it takes
    // ~10 s): Playwright's waitForFunction injects its own large script, whose compile lands in the
    // page's main thread as a long task, and early polls would land in the middle of the mount.
    await new Promise((r) => setTimeout(r, 9000));
    for (let t = 0; !(await page.evaluate(() => !!window.__cvm.done)); t += 250) {
      if (t > 60000) throw new Error('the build-up did not finish within 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
    const r = await page.evaluate(() => {
      const m = window.__cvm;
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.includes('.wasm'));
      const during = m.frames.filter((t) => t >= m.mounted && t <= m.done);
      let dropped = 0;
      for (let k = 1; k < during.length; k++) dropped += Math.max(0, Math.round((during[k] - during[k - 1]) / (1000 / 60)) - 1);
      return {
        mountedAfterBytes: m.mounted - wasm.responseEnd,
        wasmStart: wasm.startTime,
        longTasksAnimation: m.longTasks.filter((t) => t.start >= m.firstStep && t.start <= m.done).length,
        longTasksAfterMount: m.longTasks.filter((t) => t.start >= m.mounted && t.start < m.firstStep).length,
        longestAfterMount: Math.max(0, ...m.longTasks.filter((t) => t.start >= m.mounted && t.start < m.firstStep).map((t) => t.ms)),
        longTasksLoad: m.longTasks.filter((t) => t.start < m.mounted).length,
        longestLoadTask: Math.max(0, ...m.longTasks.filter((t) => t.start < m.mounted).map((t) => t.ms)),
        dropped,
        frames: during.length,
        cls: m.cls,
      };
    });
    // Interactive: a click on "replay" is answered (the step changes) within this many ms.
    r.clickToUpdate = await page.evaluate(() => new Promise((done) => {
      const d = document.querySelector('.cvm-live .cvm-diagram');
      const t0 = performance.now();
      new MutationObserver((_, o) => { o.disconnect(); done(performance.now() - t0); }).observe(d, { attributes: true });
      document.querySelector('.cvm-live .cvm-button--replay').click();
    }));
    // How tall the widget and its diagram part are at 360 px.
    Object.assign(r, await page.evaluate(() => ({
      widgetHeight: document.querySelector('.cvm-live section.cvm').getBoundingClientRect().height,
      diagramHeight: document.querySelector('.cvm-live .cvm-part--diagram').getBoundingClientRect().height,
    })));
    // The reader taps a table row: the caption fits the row's short answer, the page scrolls the
    // stacks into sight. A shift right after the reader's own input is not layout shift: CLS
    // stays 0.
    await new Promise((r) => setTimeout(r, 1500));
    const cell = page.locator('.cvm-live tr[data-row="performance"] td.cvm-table-container').first();
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await new Promise((r) => setTimeout(r, 1500));
    r.clsAfterTap = await page.evaluate(() => window.__cvm.cls);
    runs.push(r);
    await page.context().close();
  }
  await browser.close();
  await server.close();
  const med = (k) => median(runs.map((r) => r[k]));
  console.log(`\n== Speed: example Jekyll post, 360 px, 4x CPU throttling, median of ${LOADS} loads`);
  console.log(`mounted after the wasm bytes arrived: ${med('mountedAfterBytes').toFixed(0)} ms   (target <= 150 ms)`);
  console.log(`click answered after mount:          ${med('clickToUpdate').toFixed(1)} ms`);
  console.log(`long tasks (> 50 ms) during the build-up animation (first layer to last): ${med('longTasksAnimation')}   (target 0)`);
  console.log(`long tasks between mount and the first layer (the live widget's first layout): ${med('longTasksAfterMount')} (longest ${med('longestAfterMount').toFixed(0)} ms)`);
  console.log(`long tasks before mount (page load, wasm compile + start): ${med('longTasksLoad')} (longest ${med('longestLoadTask').toFixed(0)} ms)`);
  console.log(`frames dropped during the build-up: ${med('dropped')} of ${med('frames')}`);
  console.log(`CLS: ${med('cls').toFixed(3)}   (target 0.000); after a tap on a table row: ${med('clsAfterTap').toFixed(3)}`);
  console.log(`height at 360 px: widget ${med('widgetHeight').toFixed(0)} px, diagram part (switches, stacks, caption, player) ${med('diagramHeight').toFixed(0)} px`);

}

// ---- Shows ---------------------------------------------------------------------------------
// Each pick's show on the example post at 360 × 740 under 4x CPU throttling, tapped as a thumb
// does: how soon the tap is answered (from the tap's event to the first frame after the widget
// changed), long tasks and dropped frames while the show runs (3.5 s: the longest, the start race,
// takes 3), and layout shift not caused by the tap itself.
if (!process.argv.includes('--no-shows')) {
  // The picks the show tests tap (tests/e2e/show-support.mjs), each named and where to tap.
  const { PICKS, W } = await import('../tests/e2e/show-support.mjs');
  const server = await serve({ root: buildSite(''), gzip: true });
  const browser = await launch();
  // The nine taps on one page, `rounds` times, under 4x throttling; a change inside `root` is the
  // tap's answer. The first round is each pick's first tap on the page (its words laid out for the
  // first time), the others the same taps again: one tap varies by tens of ms.
  const measureTaps = async (page, root, rounds) => {
    await throttle(page);
    await page.evaluate((W) => {
      // frames: each frame's time (rAF's argument); runs: when its rAF callbacks ran, which is
      // before the frame's style, layout and paint, so a change made before a run is in that frame.
      const m = (window.__show = { longTasks: [], shifts: [], frames: [], runs: [], tap: 0, clicked: 0, changed: 0 });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => m.longTasks.push({ start: e.startTime, ms: e.duration })))
        .observe({ type: 'longtask' });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) m.shifts.push({ start: e.startTime, value: e.value }); }))
        .observe({ type: 'layout-shift' });
      addEventListener('click', (e) => { m.tap = e.timeStamp; m.clicked = performance.now(); m.changed = 0; }, true);
      new MutationObserver(() => { if (!m.changed) m.changed = performance.now(); })
        .observe(document.querySelector(W), { subtree: true, attributes: true, childList: true });
      const tick = (t) => { m.frames.push(t); m.runs.push(performance.now()); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    }, root);
    const rows = new Map(PICKS.map(([name]) => [name, []]));
    for (let round = 0; round < rounds; round++) for (const [name, sel] of PICKS) {
      await tapPick(page, `${root} ${sel}`, 1000);
      await new Promise((r) => setTimeout(r, 3800));
      rows.get(name).push(await page.evaluate(() => {
        const m = window.__show;
        const end = m.tap + 3500;
        const frames = m.frames.filter((t) => t >= m.tap && t <= end);
        let dropped = 0;
        for (let k = 1; k < frames.length; k++) dropped += Math.max(0, Math.round((frames[k] - frames[k - 1]) / (1000 / 60)) - 1);
        // No answer (nothing changed): NaN.
        const answered = m.changed ? m.frames.find((t) => t >= m.changed) : NaN;
        // The frames from the click's dispatch to the one that draws the change: what the page
        // itself spends; the frames before the dispatch are the browser's (the touch to the click).
        const drawn = m.changed ? m.runs.find((t) => t >= m.changed) : NaN;
        return {
          answer: answered - m.tap,
          frames: m.frames.filter((t) => t > m.tap && t <= answered).length || NaN,
          afterClick: m.runs.filter((t) => t > m.clicked && t <= drawn).length || NaN,
          longTasks: m.longTasks.filter((t) => t.start >= m.tap && t.start <= end),
          dropped, of: frames.length,
          cls: m.shifts.filter((s) => s.start >= m.tap && s.start <= end).reduce((a, s) => a + s.value, 0),
        };
      }));
      await page.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), root);
      await new Promise((r) => setTimeout(r, 500));
    }
    return rows;
  };
  // The floor, in the same run: the same taps on the same post with the widget never started (its
  // loader refused, so the box keeps the static fallback the include renders). "The tap alone" is
  // the browser's own work (hit test, :active, the caret, paint); "one class" the least answer a
  // widget can give: a plain listener marks the tapped row or advantage (its background).
  const FALLBACK = '#cvm-ko section.cvm';
  const staticPost = async (answer) => {
    const page = await phonePost(browser, server.url, 'step:6', { widget: false });
    if (answer) await page.evaluate((W) => document.querySelector(W).addEventListener('click', (e) => {
      const hit = e.target.closest('tr, li');
      for (const el of document.querySelectorAll(`${W} .cvm-table-row--picked, ${W} .cvm-advantage--picked`))
        el.classList.remove('cvm-table-row--picked', 'cvm-advantage--picked');
      hit?.classList.add(hit.matches('tr') ? 'cvm-table-row--picked' : 'cvm-advantage--picked');
    }), FALLBACK);
    return page;
  };
  const floors = [];
  for (const [label, answer] of [['the tap alone', false], ['one class', true]]) {
    const p = await staticPost(answer);
    floors.push([label, await measureTaps(p, FALLBACK, FLOOR_ROUNDS)]);
    await p.context().close();
  }
  const page = await phonePost(browser, server.url);
  const rows = await measureTaps(page, W, SHOW_ROUNDS);
  // Where the tap's time goes: each pick tapped again under a trace (which slows it a little, so
  // apart from the figures above): the main thread's task that dispatches the click (it also runs
  // the frame that draws the answer) and the paint task right after it.
  const traceTaps = async (page, root) => {
    const spent = [];
    for (const [name, sel] of PICKS) {
      await tapPick(page, `${root} ${sel}`, 700, () => browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] }));
      await new Promise((r) => setTimeout(r, 1700));
      const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
      const evs = ev.filter((e) => e.ph === 'X' && e.tid === main?.tid);
      const click = evs.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
      const task = (t) => e => e.name === 'ThreadControllerImpl::RunTask' && t(e);
      const t1 = click && evs.find(task((e) => e.ts <= click.ts && e.ts + e.dur >= click.ts));
      const t2 = t1 && evs.find(task((e) => e.ts >= t1.ts + t1.dur && evs.some((p) => p.name === 'Paint' && p.ts >= e.ts && p.ts < e.ts + e.dur)));
      if (!t2) { spent.push([name, null]); continue; }
      const ms = (n) => evs.filter((e) => e.name === n && [t1, t2].some((t) => e.ts >= t.ts && e.ts < t.ts + t.dur))
        .reduce((a, e) => a + e.dur / 1000, 0);
      // Every task of the main thread in the 1.5 s from the click's task on (the show's start, its
      // words, their frame, the scroll that brings them into sight), and of them those that ran a
      // scroll event: the frames of that scroll.
      const after = evs.filter(task((e) => e.ts >= t1.ts && e.ts < t1.ts + 1.5e6));
      const scrolls = after.filter((t) => evs.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'scroll' && e.ts >= t.ts && e.ts < t.ts + t.dur));
      const sum = (ts) => ts.reduce((a, t) => a + t.dur / 1000, 0);
      spent.push([name, { t1: t1.dur / 1000, t2: t2.dur / 1000, script: ms('EventDispatch'), layout: ms('UpdateLayoutTree') + ms('Layout'), paint: ms('PrePaint') + ms('Paint') + ms('Layerize'),
        busy: sum(after), scrolls: scrolls.length, scrolling: sum(scrolls), longest: Math.max(...after.map((t) => t.dur / 1000)) }]);
      await page.evaluate((W) => document.querySelector(`${W} .cvm-caption-clear`)?.click(), root);
      await new Promise((r) => setTimeout(r, 400));
    }
    return spent;
  };
  const spent = await traceTaps(page, W);
  const floorPage = await staticPost(true);
  await throttle(floorPage);
  const floorSpent = await traceTaps(floorPage, FALLBACK);
  await browser.close();
  await server.close();
  console.log(`\n== Shows: example Jekyll post, 360 x 740, touch, 4x CPU throttling, ${SHOW_ROUNDS} rounds of one tap each`);
  console.log('(first tap / the taps after; answered: ms from the touch (the frame from the touch, the frame after the click\'s');
  console.log('dispatch); long tasks: how many, the longest in ms; frames dropped of ~205)');
  console.log('pick                      tap answered, ms (frames)         long tasks         frames dropped   CLS');
  let allTasks = 0;
  for (const [name, rs] of rows) {
    const answered = rs.map((r) => `${r.answer.toFixed(0)} (${r.frames},${r.afterClick})`).join(' / ');
    const tasks = rs.map((r) => r.longTasks.length ? `${r.longTasks.length}:${Math.max(...r.longTasks.map((t) => t.ms)).toFixed(0)}` : '0').join(' / ');
    allTasks += rs.reduce((a, r) => a + r.longTasks.length, 0);
    console.log(`${name.replace(/^the /, '').padEnd(26)}${answered.padEnd(34)}${tasks.padEnd(19)}${rs.map((r) => r.dropped).join(' / ').padEnd(17)}${Math.max(...rs.map((r) => r.cls)).toFixed(3)}`);
  }
  console.log(`long tasks in all: ${allTasks} in ${SHOW_ROUNDS * PICKS.length} taps   (target 0)`);
  console.log('\nwhere the tap goes (traced, ms): click task + paint task = script, style and layout, prepaint and paint;');
  console.log('the main thread busy in the 1.5 s from the click (of it, the frames of the scroll into sight) and its longest task');
  const f = (x) => x.toFixed(0).padStart(4);
  for (const [name, r] of spent) {
    console.log(`${name.replace(/^the /, '').padEnd(26)}${r ? `${f(r.t1)} +${f(r.t2)}   = script${f(r.script)}, layout${f(r.layout)}, paint${f(r.paint)}` +
      `   busy${f(r.busy)} (scroll: ${r.scrolls} frames,${f(r.scrolling)})  longest${f(r.longest)}` : '(no trace)'}`);
  }
  // The widget against the floor, measured the same way in this run.
  console.log('\n== Shows against the floor (the same nine taps, the same post, 4x throttling; medians)');
  console.log('                            taps   long tasks (per tap)  answered ms (frames) dropped  traced: click task + paint task, busy in 1.5 s (scrolling)');
  const summary = (label, rs, sp) => {
    const all = [...rs.values()].flat();
    const lt = all.reduce((a, r) => a + r.longTasks.length, 0);
    const ok = sp.filter(([, r]) => r).map(([, r]) => r);
    const answer = median(all.map((r) => r.answer));
    const traced = ok.length ? `${f(median(ok.map((r) => r.t1)))} +${f(median(ok.map((r) => r.t2)))}, ${f(median(ok.map((r) => r.busy)))} (${f(median(ok.map((r) => r.scrolling)))})` : '(no trace)';
    console.log(`${label.padEnd(28)}${String(all.length).padStart(4)}   ${`${lt} (${(lt / all.length).toFixed(2)})`.padEnd(22)}` +
      `${Number.isNaN(answer) ? '(nothing changes)'.padEnd(21) : `${answer.toFixed(0)} (${median(all.map((r) => r.frames))},${median(all.map((r) => r.afterClick))})`.padEnd(21)}` +
      `${String(median(all.map((r) => r.dropped))).padEnd(9)}${traced}`);
    return ok.length ? median(ok.map((r) => r.t1)) : NaN;
  };
  summary(floors[0][0], floors[0][1], []);
  const floorTask = summary(floors[1][0], floors[1][1], floorSpent);
  const widgetTask = summary('the widget (its shows)', rows, spent);
  console.log(`click task, widget / one class: ${(widgetTask / floorTask).toFixed(2)}`);
}

// ---- Lighthouse ----------------------------------------------------------------------------
if (!process.argv.includes('--no-lighthouse') && !onlyShows) {
  const lhServer = await serve({ root: join(ROOT, 'build/dist'), gzip: true });
  const lh = join(ROOT, 'scripts/node_modules/.bin/lighthouse');
  // Asynchronously: the static server answering Lighthouse lives in this very process.
  const { stdout: out } = await promisify(execFile)(lh, [lhServer.url + '/', '--output=json', '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
  { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 });
  await lhServer.close();
  const report = JSON.parse(out);
  const cats = report.categories;
  console.log('\n== Lighthouse 12.2.3, mobile preset, demo page');
  const metric = (id) => report.audits[id]?.displayValue ?? '?';
  console.log(`FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
    `TBT ${metric('total-blocking-time')}, Speed Index ${metric('speed-index')}, CLS ${metric('cumulative-layout-shift')}`);
  for (const [k, target] of [['performance', 95], ['accessibility', 100], ['best-practices', 100], ['seo', null]]) {
    const score = Math.round(cats[k].score * 100);
    console.log(`${k.padEnd(16)} ${String(score).padStart(3)}${target ? `   (target >= ${target})` : ''}`);
  }
}

import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open } from '../tests/e2e/browser.mjs';
import { join } from 'node:path';
const ROOT = new URL('../', import.meta.url).pathname;
const server = await serve({ root: join(ROOT, process.argv[2] || 'build/dist') });
const browser = await launch();
const page = await open(browser, { width: 360 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
await page.addInitScript(() => {
  new MutationObserver((_, o) => { if (document.querySelector('.cvm-live section.cvm')) { performance.mark('cvm-mounted'); o.disconnect(); } })
    .observe(document, { subtree: true, childList: true });
});
await page.goto(server.url + '/');
await page.waitForSelector('.cvm-live section.cvm');
await page.waitForTimeout(500);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end'); await done;
const mainPid = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
const tid = events.find((e) => e.name === 'CrRendererMain' || (e.name === 'thread_name' && e.args.name === 'CrRendererMain'))?.tid;
const mark = events.find((e) => e.name === 'cvm-mounted');
const resp = events.filter((e) => e.name === 'ResourceFinish' && true);
const wasmSend = events.find((e) => e.name === 'ResourceSendRequest' && e.args.data.url.endsWith('.wasm'));
const wasmFin = events.find((e) => e.name === 'ResourceFinish' && e.args.data.requestId === wasmSend.args.data.requestId);
const t0 = wasmFin.ts;
console.log('mounted', ((mark.ts - t0) / 1000).toFixed(0), 'ms after wasm finish');
const top = events.filter((e) => e.ph === 'X' && e.dur > 5000 && e.ts > t0 - 200000 && e.ts < mark.ts + 10000)
  .sort((a, b) => a.ts - b.ts);
for (const e of top) console.log(((e.ts - t0) / 1000).toFixed(1).padStart(8), (e.dur / 1000).toFixed(1).padStart(7), 'tid', e.tid === tid ? 'main' : e.tid, e.name, JSON.stringify(e.args?.data ?? {}).slice(0, 100));
await browser.close(); await server.close();

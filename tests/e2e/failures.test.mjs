// Never break the page: a panic brings the static fallback back, a browser without WebAssembly
// keeps it, a strict Content-Security-Policy reports no violation, ten widgets on one page all
// work on their own with no duplicate ids.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { offline } from './site.mjs';
import { useServers } from './support.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
// (Servers a test starts itself, through the.serve, are closed at the end even when it fails.)
const the = useServers({ site: true });

/** The demo page of a build in `dist`, its widget asked to panic on the first click. */
async function askedToPanic(dist) {
  const server = await the.serve({ root: ROOT + dist });
  const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () =>
    document.querySelector('[data-cvm]').setAttribute('data-cvm-debug-panic', '')));
  await page.goto(server.url + '/');
  await page.waitForSelector('.cvm-live section.cvm');
  return page;
}

test('a panic (forced in a debug build) is logged and the static fallback comes back', async () => {
  const page = await askedToPanic('build/debug-dist');
  assert.ok(!(await page.locator('section.cvm--static').isVisible()), 'fallback stepped aside');
  await page.locator('.cvm-live .cvm-button--replay').click();
  await page.waitForSelector('[data-cvm][data-cvm-failed]');
  assert.ok(await page.locator('section.cvm--static').isVisible(), 'the fallback is back');
  assert.ok(!(await page.locator('.cvm-live').isVisible()), 'the broken widget is gone');
  assert.equal(await page.locator('section.cvm--static .cvm-layer--shown').count(), 21);
  assert.ok(page.errors.some((e) => e.includes('container-vs-vm stopped') && e.includes('data-cvm-debug-panic')), page.errors.join('\n'));
  await page.context().close();
});

test('a wasm trap in the release build (it aborts on a panic: no hook) is logged once and the fallback comes back', async () => {
  const server = await the.serve({ root: ROOT + 'build/dist' });
  const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
  // Trunk's loader hands out the wasm's exports; the test needs one to make the wasm trap.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__cvmWasm = e.detail.wasm; }));
  // What the reader's console shows (page.errors also has the debugger's report of the uncaught
  // trap, which no page script can silence).
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(server.url + '/');
  await page.waitForSelector('.cvm-live section.cvm');
  assert.ok(!(await page.locator('section.cvm--static').isVisible()), 'fallback stepped aside');
  // An allocation no wasm32 memory can hold: the allocator aborts, and the wasm traps
  // (`unreachable`) from inside a timer, as a panicking event handler or timer would.
  await page.evaluate(() => setTimeout(() => window.__cvmWasm.__wbindgen_malloc(0xfffffff0, 1)));
  await page.waitForSelector('[data-cvm][data-cvm-failed]');
  assert.ok(await page.locator('section.cvm--static').isVisible(), 'the fallback is back');
  assert.ok(!(await page.locator('.cvm-live').isVisible()), 'the broken widget is gone');
  assert.equal(await page.locator('section.cvm--static .cvm-layer--shown').count(), 21);
  assert.equal(consoleErrors.length, 1, consoleErrors.join('\n'));
  assert.match(consoleErrors[0], /^container-vs-vm stopped \(RuntimeError: unreachable\); showing the static version\.$/);
  await page.context().close();
});

test('the release build ignores the debug-only panic attribute', async () => {
  const page = await askedToPanic('build/dist');
  await page.locator('.cvm-live .cvm-button--replay').click();
  assert.equal(await page.getAttribute('.cvm-live .cvm-diagram', 'data-step'), '1');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a browser without WebAssembly keeps the fallback, with no errors', async () => {
  const page = await open(the.browser, { width: 360 });
  await offline(page);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(the.site.url + '/2019/12/31/container-vs-vm/');
  await page.waitForTimeout(1500);
    assert.ok(await page.locator('#cvm-ko section.cvm--static').isVisible());
  assert.equal(await page.locator('.cvm-live').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('strict Content-Security-Policy: mounts and works with no violation', async () => {
  const strict = await the.serve({ root: the.dir, headers: { 'content-security-policy': CSP } });
  const page = await open(the.browser, { width: 360 });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(strict.url + '/checks/csp/');
  await page.waitForSelector('#cvm-csp .cvm-live section.cvm');
  await page.locator('#cvm-csp .cvm-live tr[data-row="isolation"] button').click();
  assert.equal(await page.locator('#cvm-csp .cvm-live .cvm-stack--bounded').count(), 2);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('ten widgets on one page: all mount, each keeps its own state, no duplicate ids', async () => {
  const page = await open(the.browser, { width: 1280, reducedMotion: 'reduce' });
  await page.goto(the.site.url + '/checks/ten/');
  for (let i = 1; i <= 10; i++) {
    await page.locator(`#cvm-t${i}`).scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => document.querySelectorAll('.cvm-live section.cvm').length === 10);
  const dupes = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  assert.deepEqual(dupes, []);
  const t0 = Date.now();
  await page.locator('#cvm-t5 .cvm-live .cvm-button--replay').click();
  await page.locator('#cvm-t6 .cvm-live .cvm-language button[lang="ko"]').click();
  await page.locator('#cvm-t7 .cvm-live tr[data-row="resources"] button').click();
  const ms = Date.now() - t0;
  const levels = await page.$$eval('.cvm-live .cvm-diagram', (ds) => ds.map((d) => d.dataset.step));
  assert.deepEqual(levels, ['6', '6', '6', '6', '1', '6', '6', '6', '6', '6']);
  const langs = await page.$$eval('.cvm-live section.cvm', (s) => s.map((x) => x.lang));
  assert.deepEqual(langs, ['ko', 'en', 'ko', 'en', 'ko', 'ko', 'ko', 'en', 'ko', 'en']);
  assert.equal(await page.locator('.cvm-live .cvm-stack--bounded, .cvm-live .cvm-layer--lit').count() > 0, true);
  assert.equal(await page.locator('#cvm-t7 .cvm-live .cvm-layer--lit').count(), 4);
  assert.equal(await page.locator('.cvm-live .cvm-layer--lit').count(), 4, 'only widget 7 lights up');
  assert.ok(ms < 3000, `three clicks took ${ms} ms`);
  console.log(`three clicks on a page with ten widgets: ${ms} ms`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('subresource integrity: a tampered stylesheet or wasm is refused and the fallback stays', async () => {
  const tampered = await the.serve({
    root: the.dir,
    override: (url) => {
      if (url.endsWith('container-vs-vm.css')) return { status: 200, body: '.cvm { display: none }', type: 'text/css' };
      if (url.endsWith('.wasm')) return { status: 200, body: readFileSync(ROOT + 'build/debug-dist/container-vs-vm_bg.wasm'), type: 'application/wasm' };
      return undefined;
    },
  });
  const page = await open(the.browser, { width: 360 });
  await offline(page);
  await page.goto(tampered.url + '/2019/12/31/container-vs-vm/');
  await page.waitForTimeout(2000);
  assert.ok(tampered.requests.some((r) => r.endsWith('.wasm')), 'the wasm was asked for');
  assert.ok(await page.locator('#cvm-ko section.cvm--static').isVisible(), 'the tampered CSS did not hide it');
  assert.equal(await page.locator('.cvm-live').count(), 0, 'the tampered wasm never ran');
  const integrity = page.errors.filter((e) => /integrity/i.test(e));
  assert.ok(integrity.length >= 1, page.errors.join('\n'));
  await page.context().close();
});

test('subresource integrity: a tampered wasm-bindgen glue is refused before it runs', async () => {
  const tampered = await the.serve({
    root: the.dir,
    override: (url) => url.endsWith('container-vs-vm.js')
      ? { status: 200, body: 'document.documentElement.dataset.pwned = "yes"; export default () => {};', type: 'text/javascript' }
      : undefined,
  });
  const page = await open(the.browser, { width: 360 });
  await offline(page);
  await page.goto(tampered.url + '/2019/12/31/container-vs-vm/');
  await page.waitForTimeout(2000);
  assert.ok(tampered.requests.some((r) => r.endsWith('container-vs-vm.js')), 'the glue was asked for');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pwned), undefined, 'it never ran');
  assert.ok(!tampered.requests.some((r) => r.endsWith('.wasm')), 'and the wasm was not fetched');
  assert.ok(await page.locator('#cvm-ko section.cvm--static').isVisible(), 'the fallback stays');
  assert.ok(page.errors.some((e) => /integrity/i.test(e)), page.errors.join('\n'));
  await page.context().close();
});

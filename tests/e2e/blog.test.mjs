// The widget embedded in a real Jekyll post (examples/blog, built with Debian's jekyll), in
// headless Chromium: mounting, independence, the static fallback, failures, layout shift, lazy
// loading, style isolation, the host's dark theme, and a site under a baseurl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { buildSite, offline, POST } from './site.mjs';
import { useServers } from './support.mjs';

const the = useServers({ site: true });

async function page(opts = {}) {
  const p = await open(the.browser, opts);
  await offline(p);
  return p;
}

// The post itself is wider than a phone (its code blocks and long links do not wrap), which makes
// Playwright's emulated touch clicks miss; a DOM click runs the same handler.
const press = (p, sel) => p.locator(sel).evaluate((b) => b.click());

const live = (id) => `#${id} .cvm-live section.cvm`;

async function mountBoth(p) {
  await p.waitForSelector(live('cvm-ko'));
  await p.locator('#cvm-en').scrollIntoViewIfNeeded();
  await p.waitForSelector(live('cvm-en'));
}

test('the post: both widgets mount, are independent, no console errors', async () => {
  const p = await page({ width: 360 });
  await p.goto(the.site.url + POST);
  await mountBoth(p);
  const lang = (id) => p.getAttribute(`#${id} .cvm-live section.cvm`, 'lang');
  assert.equal(await lang('cvm-ko'), 'ko');
  assert.equal(await lang('cvm-en'), 'en');
  assert.equal(await p.locator('#cvm-en .cvm-live .cvm-diagram').getAttribute('data-step'), '6', 'autoplay="false"');
  await press(p, '#cvm-en .cvm-live .cvm-button--replay');
  assert.equal(await p.locator('#cvm-en .cvm-live .cvm-diagram').getAttribute('data-step'), '1');
  const koLevel = Number(await p.locator('#cvm-ko .cvm-live .cvm-diagram').getAttribute('data-step'));
  await press(p, '#cvm-en .cvm-live .cvm-button--pause');
  assert.equal(await p.locator('#cvm-ko .cvm-live section.cvm').count(), 1);
  assert.ok(await p.locator('#cvm-ko .cvm-live section.cvm').isVisible());
  assert.ok(!(await p.locator('#cvm-ko section.cvm--static').isVisible()), 'the fallback stepped aside');
  assert.ok(koLevel >= 0, 'the Korean widget keeps its own state');
  assert.equal(await p.locator('.cvm-live section.cvm').count(), 2);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('without JavaScript the fallback shows every layer and the table, styled, without controls', async () => {
  const p = await page({ width: 360, javaScriptEnabled: false });
  await p.goto(the.site.url + POST);
  for (const id of ['cvm-ko', 'cvm-en']) {
    const box = p.locator(`#${id}`);
    assert.equal(await box.locator('section.cvm.cvm--static').count(), 1);
    assert.equal(await box.locator('.cvm-layer--shown').count(), 21);
    assert.equal(await box.locator('tr.cvm-table-row').count(), 5);
    const bg = await box.locator('.cvm-layer--host-os').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'styled by the shipped CSS');
    assert.equal(await box.locator('.cvm-player').evaluate((e) => getComputedStyle(e).visibility), 'hidden');
    assert.ok(await box.locator('.cvm-layer--hypervisor').isVisible());
  }
  await p.context().close();
});

for (const [name, override] of [
  ['a 404 for the wasm', (url) => (url.endsWith('.wasm') ? { status: 404, body: 'gone' } : undefined)],
  ['a corrupt wasm', (url) => (url.endsWith('.wasm') ? { status: 200, body: 'not wasm', type: 'application/wasm' } : undefined)],
]) {
  test(`with ${name} the fallback stays and nothing looks broken`, async () => {
    const broken = await the.serve({ root: the.dir, override });
    const p = await page({ width: 360 });
    await p.goto(broken.url + POST);
    await p.waitForTimeout(1500);
    assert.ok(broken.requests.some((r) => r.endsWith('.wasm')), 'the wasm was asked for');
    assert.equal(await p.locator('#cvm-ko section.cvm.cvm--static').count(), 1, 'fallback still there');
    assert.ok(await p.locator('#cvm-ko section.cvm--static').isVisible(), 'and visible');
    assert.equal(await p.locator('#cvm-ko .cvm-layer--shown').count(), 21);
    assert.equal(await p.locator('#cvm-ko tr.cvm-table-row').count(), 5);
    const uncaught = p.errors.filter((e) => !/Failed to load resource|integrity/.test(e));
    assert.deepEqual(uncaught, [], 'no uncaught errors, only the failed request itself');
    await p.context().close();
  });
}

test('cumulative layout shift from navigation through mount is 0', async () => {
  for (const width of [360, 1280]) {
    const p = await page({ width });
    await p.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(the.site.url + POST);
    await p.waitForSelector(live('cvm-ko'));
    await p.waitForTimeout(800);
    const cls = await p.evaluate(() => window.__cls);
    console.log(`CLS at ${width}px: ${cls.toFixed(3)}`);
    assert.equal(cls.toFixed(3), '0.000');
    await p.context().close();
  }
});

test('no wasm request while the widget is far below; one after scrolling near it', async () => {
  const p = await page({ width: 360 });
  const wasm = [];
  p.on('request', (r) => { if (r.url().endsWith('.wasm') || r.url().includes('.wasm?')) wasm.push(performance.now()); });
  await p.goto(the.site.url + '/lazy/');
  await p.waitForLoadState('load');
  await p.waitForTimeout(1500);
  assert.equal(wasm.length, 0, 'nothing fetched while the widget is 4000 px away');
  assert.equal(await p.locator('#cvm-far section.cvm--static').count(), 1);
  const t0 = performance.now();
  await p.locator('#cvm-far').scrollIntoViewIfNeeded();
  await p.waitForSelector(live('cvm-far'));
  assert.equal(wasm.length, 1, 'fetched once, after scrolling');
  console.log(`wasm requested ${(wasm[0] - t0).toFixed(0)} ms after the scroll began`);
  await p.context().close();
});

test('hostile theme CSS leaves the widget layout unchanged, and the widget CSS changes nothing outside', async () => {
  for (const width of [360, 1280]) {
    const boxes = async (path) => {
      const p = await page({ width, reducedMotion: 'reduce' });
      await p.goto(the.site.url + path);
      await p.waitForSelector(live('cvm-check'));
      const r = await p.evaluate(() => {
        const root = document.querySelector('#cvm-check .cvm-live section.cvm').getBoundingClientRect();
        // Elements with no box (<wbr>) report the viewport's origin, which is not the widget's.
        return [...document.querySelectorAll('#cvm-check .cvm-live section.cvm, #cvm-check .cvm-live section.cvm *')]
          .filter((e) => e.getClientRects().length > 0).map((e) => {
          const b = e.getBoundingClientRect();
          const s = getComputedStyle(e);
          return `${e.tagName}.${e.className} ${Math.round(b.left - root.left)},${Math.round(b.top - root.top)} ` +
            `${Math.round(b.width)}x${Math.round(b.height)} ${s.fontSize} ${s.color} ${s.backgroundColor}`;
        });
      });
      await p.context().close();
      return r;
    };
    const [plain, hostile] = [await boxes('/checks/plain/'), await boxes('/checks/hostile/')];
    const diff = plain.map((l, i) => (l === hostile[i] ? null : `${l}  ≠  ${hostile[i]}`)).filter(Boolean);
    assert.deepEqual(diff.slice(0, 5), [], `${width}px: the hostile theme moved things inside the widget`);
    assert.equal(plain.length, hostile.length);
  }
  // The widget's stylesheet on or off: every element outside the widget computes the same style.
  const p = await page({ width: 360 });
  await p.goto(the.site.url + '/checks/hostile/');
  await p.waitForSelector(live('cvm-check'));
  const outside = () => p.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((e) => !e.closest('[data-cvm]')).map((e) => {
      const s = getComputedStyle(e);
      return `${e.tagName} ${s.fontSize} ${s.margin} ${s.padding} ${s.color} ${s.backgroundColor} ${s.display} ${s.lineHeight}`;
    }));
  const withWidgetCss = await outside();
  await p.evaluate(() => document.querySelectorAll('link[href*="container-vs-vm.css"]').forEach((l) => { l.disabled = true; }));
  assert.deepEqual(await outside(), withWidgetCss);
  await p.context().close();
});

test('dark mode follows the page: data-theme="dark" switches it, a light page stays light on a dark phone', async () => {
  const colours = async (opts, theme) => {
    const p = await page({ width: 360, ...opts });
    await p.goto(the.site.url + POST);
    await p.waitForSelector(live('cvm-ko'));
    if (theme) await p.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const c = await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => {
      const s = (sel) => getComputedStyle(document.querySelector(sel));
      done([s('#cvm-ko .cvm-live section.cvm').backgroundColor, s('#cvm-ko .cvm-live .cvm-layer--host-os').backgroundColor]);
    })));
    await p.context().close();
    return c;
  };
  const light = await colours({ scheme: 'light' });
  const hostDark = await colours({ scheme: 'light' }, 'dark');
  const systemDark = await colours({ scheme: 'dark' });
  const bothDark = await colours({ scheme: 'dark' }, 'dark');
  const hostLight = await colours({ scheme: 'dark' }, 'light');
  assert.notDeepEqual(hostDark, light, 'html[data-theme=dark] switches the widget to dark');
  assert.deepEqual(systemDark, light, "minima's white page stays light on a dark system: no black box in a white page");
  assert.deepEqual(bothDark, hostDark, 'a dark system and a dark host give the same dark palette');
  assert.deepEqual(hostLight, light, 'a host that says light wins over the system');
});

test('print gives the light, static, complete version', async () => {
  const p = await page({ width: 1280, scheme: 'dark' });
  await p.goto(the.site.url + POST);
  await p.waitForSelector(live('cvm-ko'));
  await p.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const r = await p.evaluate(() => {
    const s = (sel) => getComputedStyle(document.querySelector(sel));
    return {
      controls: s('#cvm-ko .cvm-live .cvm-player').display,
      shown: [...document.querySelectorAll('#cvm-ko .cvm-live .cvm-layer')].every((l) => getComputedStyle(l).opacity === '1'),
      bg: s('#cvm-ko .cvm-live section.cvm').backgroundColor,
      captions: [...document.querySelectorAll('#cvm-ko .cvm-live .cvm-caption-text')]
        .filter((t) => getComputedStyle(t).visibility === 'visible').map((t) => t.textContent),
    };
  });
  assert.equal(r.captions.length, 1, 'one caption sentence printed');
  assert.match(r.captions[0], /^앱까지 올라갔다/, "the finished stacks' sentence");
  assert.equal(r.controls, 'none');
  assert.ok(r.shown, 'every layer printed, whatever step the player was at');
  assert.equal(r.bg, 'rgb(255, 255, 255)');
  await p.context().close();
});

test('a site under a baseurl (/blog) loads every asset and mounts', async () => {
  const blogSite = buildSite('/blog');
  const s = await the.serve({ root: blogSite, prefix: '/blog' });
  const p = await page({ width: 360 });
  const failed = [];
  p.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await p.goto(s.url + POST);
  await mountBoth(p);
  assert.deepEqual(failed, []);
  assert.ok(s.requests.some((r) => r.startsWith('/blog/assets/container-vs-vm/container-vs-vm_bg.wasm')));
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

// Light or dark as the page is: a light page stays light on a dark phone, a dark
// skin that declares nothing gets the dark widget, the author can force either, the no-JS
// fallback follows what the page declares, the live widget is drawn in its scheme from its first
// frame, and a page that switches its theme at run time is followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { offline } from './site.mjs';
import { useServers } from './support.mjs';
import { luminance } from './hosts.mjs';

const the = useServers({ site: true });

async function page(opts) {
  const p = await open(the.browser, { reducedMotion: 'reduce', ...opts });
  p.warnings = [];
  p.on('console', (m) => { if (m.type() === 'warning') p.warnings.push(m.text()); });
  await offline(p);
  return p;
}

/** The colour scheme and background of a box's widget (live if there is one, else the fallback). */
const look = (p, id) => p.evaluate((id) => {
  const box = document.getElementById(id);
  const w = box.querySelector('.cvm-live section.cvm') ?? box.querySelector('section.cvm');
  const s = getComputedStyle(w);
  return { scheme: s.colorScheme, background: s.backgroundColor };
}, id);

/** Waits until the box's widget computes `scheme`. */
const becomes = (p, id, scheme) => p.waitForFunction(([id, scheme]) => {
  const w = document.querySelector(`#${id} .cvm-live section.cvm`);
  return getComputedStyle(w).colorScheme === scheme;
}, [id, scheme]);

const live = async (p, id) => {
  await p.locator(`#${id}`).scrollIntoViewIfNeeded();
  await p.waitForSelector(`#${id} .cvm-live section.cvm`);
};

test('the author forces light or dark (theme / data-scheme); a bad value is named and auto is used', async () => {
  for (const pageLook of ['light', 'dark']) {
    for (const system of ['light', 'dark']) {
      const p = await page({ width: 1280, scheme: system });
      await p.goto(the.site.url + `/checks/theme/${pageLook}/`);
      const at = `${pageLook} page, ${system} system`;
      for (const [id, want] of [['theme-dark', 'dark'], ['theme-light', 'light'], ['theme-bad', pageLook]]) {
        await live(p, id);
        const l = await look(p, id);
        assert.equal(l.scheme, want, `${at}: #${id}`);
        assert.equal(luminance(l.background) < 0.18, want === 'dark', `${at}: #${id} background ${l.background}`);
      }
      assert.ok(
        p.warnings.some((w) => w.includes('data-scheme="blue" is not understood; using auto')),
        `${at}: the bad value is named: ${p.warnings}`,
      );
      assert.deepEqual(p.errors, []);
      await p.context().close();
    }
  }
});

test('without JavaScript: light unless the page declares dark', async () => {
  const cases = [
    // [path, system, scheme the fallback takes]
    ['/checks/minimal-mistakes/light/', 'dark', 'light'],
    ['/checks/type-on-strap/light/', 'dark', 'light'],
    ['/checks/type-on-strap/dark/', 'light', 'dark'],
    ['/checks/declared/', 'dark', 'dark'],
    ['/checks/declared/', 'light', 'light'],
    ['/checks/theme/light/', 'light', null],
  ];
  for (const [path, system, want] of cases) {
    const p = await page({ width: 360, scheme: system, javaScriptEnabled: false });
    await p.goto(the.site.url + path);
    // What the reader sees: a dark or a light box (the computed `color-scheme` may stay
    // `normal` where the page's meta tag declares it).
    const dark = async (id) => luminance((await look(p, id)).background) < 0.18;
    if (want) {
      assert.equal(await dark('cvm-check'), want === 'dark', `${path} on a ${system} system`);
    } else {
      // The author's forced scheme needs no JavaScript either.
      assert.equal(await dark('theme-dark'), true);
      assert.equal(await dark('theme-light'), false);
    }
    await p.context().close();
  }
});

test('with JavaScript: a page that declares light dark follows the system; so does the widget', async () => {
  for (const system of ['light', 'dark']) {
    const p = await page({ width: 360, scheme: system });
    await p.goto(the.site.url + '/checks/declared/');
    await live(p, 'cvm-check');
    assert.equal((await look(p, 'cvm-check')).scheme, system);
    await p.context().close();
  }
});

test('the live widget is dark from its first frame on a dark skin (no flash of light)', async () => {
  const p = await page({ width: 360, scheme: 'light' });
  // Records the widget's background the moment yew puts it in the page (a mutation observer runs
  // before the browser paints) and in the first animation frame after.
  await p.addInitScript(() => {
    window.__seen = [];
    new MutationObserver(() => {
      const w = document.querySelector('.cvm-live section.cvm');
      if (!w || window.__seen.length) return;
      window.__seen.push(getComputedStyle(w).backgroundColor);
      requestAnimationFrame(() => window.__seen.push(getComputedStyle(w).backgroundColor));
    }).observe(document, { childList: true, subtree: true });
  });
  await p.goto(the.site.url + '/checks/minimal-mistakes/dark/');
  await live(p, 'cvm-check');
  await p.waitForFunction(() => window.__seen.length === 2);
  const seen = await p.evaluate(() => window.__seen);
  for (const bg of seen) assert.ok(luminance(bg) < 0.18, `a light frame: ${seen}`);
  assert.equal((await look(p, 'cvm-check')).scheme, 'dark');
  await p.context().close();
});

test('a host that switches its theme at run time is followed (Type-on-Strap toggle, system switch)', async () => {
  const p = await page({ width: 360, scheme: 'light' });
  await p.goto(the.site.url + '/checks/type-on-strap/light/');
  await live(p, 'cvm-check');
  assert.equal((await look(p, 'cvm-check')).scheme, 'light');
  await p.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await becomes(p, 'cvm-check', 'dark');
  const dark = await look(p, 'cvm-check');
  assert.equal(dark.scheme, 'dark');
  assert.ok(luminance(dark.background) < 0.18, dark.background);
  await p.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  await becomes(p, 'cvm-check', 'light');
  assert.equal((await look(p, 'cvm-check')).scheme, 'light');
  await p.context().close();

  const q = await page({ width: 360, scheme: 'light' });
  await q.goto(the.site.url + '/checks/declared/');
  await live(q, 'cvm-check');
  assert.equal((await look(q, 'cvm-check')).scheme, 'light');
  await q.emulateMedia({ colorScheme: 'dark' });
  await becomes(q, 'cvm-check', 'dark');
  assert.equal((await look(q, 'cvm-check')).scheme, 'dark');
  await q.context().close();
});

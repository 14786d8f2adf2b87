// Phones and accessibility, in headless Chromium: no sideways scrolling at five widths, every
// interactive element a 44 × 44 px target on a phone (the diagram's blocks, narrower there so
// both stacks stand side by side, at least 24 × 24 px: WCAG 2.2 AA, 2.5.8), text that survives 200 % zoom, and axe-core
// with zero violations on the demo page and the Jekyll post, light and dark, narrow and wide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { open } from './browser.mjs';
import { useServers } from './support.mjs';
import { offline, POST } from './site.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('../../scripts/node_modules/axe-core/axe.min.js');
const the = useServers({ demo: true, site: true });

async function mounted(page, url) {
  await offline(page);
  await page.goto(url);
  await page.waitForSelector('[data-cvm] .cvm-live section.cvm');
}

for (const width of [320, 360, 390, 768, 1280]) {
  test(`no horizontal scroll at ${width}px, with 3 and with 8 apps, and in the Jekyll post`, async () => {
    for (const hash of ['', '#cvm1=apps:8;pick:row:isolation']) {
      const page = await open(the.browser, { width, reducedMotion: 'reduce' });
      await mounted(page, the.demo.url + '/' + hash);
      const r = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        widget: document.querySelector('.cvm-live section.cvm').getBoundingClientRect().right,
        // Anything inside the widget wider than the widget (a table may scroll in its own box).
        wide: [...document.querySelectorAll('.cvm-live section.cvm *')]
          .filter((e) => !e.closest('.cvm-table-wrap'))
          .filter((e) => e.getBoundingClientRect().right > document.querySelector('.cvm-live section.cvm').getBoundingClientRect().right + 0.5)
          .map((e) => e.className || e.tagName),
      }));
      // Against the device width: a phone (mobile emulation) zooms out to fit a wider page, and
      // then its innerWidth grows with it.
      assert.ok(r.page <= width && r.viewport === width, `${width}px${hash}: page is ${r.page}px wide`);
      assert.ok(r.widget <= width);
      assert.deepEqual(r.wide, []);
      await page.context().close();
    }
    // And in the Jekyll post, with both widgets live (the second one scrolled to).
    const page = await open(the.browser, { width, reducedMotion: 'reduce' });
    await mounted(page, the.site.url + POST);
    await page.locator('[data-cvm]').last().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('.cvm-live section.cvm').length === 2);
    const r = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(r[0] <= width && r[1] === width, `the post at ${width}px is ${r[0]}px wide`);
    await page.context().close();
  });
}

test('every interactive element is at least 44 x 44 px at 360 px, a block of the diagram at least 24 x 24', async () => {
  for (const hash of ['', '#cvm1=apps:8', '#cvm1=pick:row:isolation']) {
    const page = await open(the.browser, { width: 360, reducedMotion: 'reduce' });
    await mounted(page, the.demo.url + '/' + hash);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.cvm-live section.cvm :is(button, input, select, summary, a[href])')]
        .filter((e) => !e.disabled && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => ({ e, r: e.getBoundingClientRect(), min: e.matches('.cvm-layer') ? 24 : 44 }))
        .filter(({ r, min }) => r.width < min - 0.01 || r.height < min - 0.01)
        .map(({ e, r }) => `${e.className || e.tagName} "${e.textContent.trim().slice(0, 20)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`));
    assert.deepEqual(small, [], hash);
    await page.context().close();
  }
});

// What a screen reader gets, from Chromium's own accessibility tree (names as it computes them).
test('screen readers: headings, named groups, layer buttons with their names, a live caption, named controls', async () => {
  const page = await open(the.browser, { width: 1280, reducedMotion: 'reduce' });
  await mounted(page, the.demo.url + '/');
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const live = nodes.filter((n) => !n.ignored);
  const named = (role) => live.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
  const headings = named('heading');
  assert.ok(headings.includes('컨테이너 VS 가상머신'), `the widget's heading: ${headings}`);
  for (const h of ['가상머신(VM)', '컨테이너', '컨테이너의 장점']) assert.ok(headings.includes(h), `heading ${h}`);
  // Each stack a named group; every block a button named after what it is.
  const groups = named('group');
  for (const g of ['가상머신(VM)', '컨테이너', '언어', '쌓이는 과정 조작']) assert.ok(groups.includes(g), `group ${g}: ${groups}`);
  const buttons = named('button');
  for (const b of ['하드웨어', '호스트 OS', '하이퍼바이저', '게스트 OS', 'Bins/Libs', '앱 1', '앱 3', '컨테이너 엔진(Docker)']) {
    assert.ok(buttons.includes(b), `layer button ${b}`);
  }
  // Every control has a name: no nameless button, slider, or switch option.
  for (const role of ['button', 'slider', 'checkbox', 'combobox', 'textbox']) {
    assert.deepEqual(named(role).filter((n) => !n.trim()), [], `a ${role} without a name`);
  }
  assert.deepEqual(named('slider'), ['쌓인 단계', '앱 개수']);
  // The description is read right after the heading; the caption is a polite live region.
  const r = await page.evaluate(() => {
    const root = document.querySelector('.cvm-live section.cvm');
    const live = root.querySelector('.cvm-caption [aria-live="polite"]');
    return {
      description: root.querySelector('.cvm-head + .cvm-description')?.textContent ?? '',
      live: live?.textContent ?? '',
      shown: root.querySelector('.cvm-caption-text--current')?.textContent ?? '',
    };
  });
  assert.match(r.description, /가상머신은 하드웨어를/);
  const words = (t) => t.replace(/\s+/g, ' ').trim();
  assert.equal(words(r.live), words(r.shown), 'the live region says what the caption shows');
  // The table: a caption, two column heads, five row heads.
  assert.ok(named('table').includes('정리: 가상머신과 컨테이너'));
  assert.deepEqual(named('columnheader').slice(0, 2), ['가상머신', '컨테이너']);
  assert.equal(named('rowheader').filter((n) => ['가상화', '리소스', '실행 범위', '성능', '격리·보안'].includes(n)).length, 5);
  await page.context().close();
});

test('forced colours (Windows High Contrast): pressed, picked and lit stay visible, icons keep their shape', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await open(the.browser, { width: 1280, scheme, reducedMotion: 'reduce' });
    await page.emulateMedia({ forcedColors: 'active' });
    await mounted(page, the.demo.url + '/#cvm1=pick:row:isolation');
    const r = await page.evaluate(() => {
      const css = (sel, prop) => getComputedStyle(document.querySelector('.cvm-live ' + sel))[prop];
      return {
        pressedSwitch: css('.cvm-language [aria-pressed="true"]', 'backgroundColor'),
        otherSwitch: css('.cvm-language [aria-pressed="false"]', 'backgroundColor'),
        // The picked row's whole head cell (the row may be taller than its button).
        pressedRow: css('.cvm-table-row--picked th', 'backgroundColor'),
        otherRow: css('.cvm-table-row:not(.cvm-table-row--picked) th', 'backgroundColor'),
        pressedRowButton: css('.cvm-row-button[aria-pressed="true"]', 'backgroundColor'),
        pressedRowText: css('.cvm-row-button[aria-pressed="true"]', 'color'),
        lit: css('.cvm-layer--lit', 'outlineStyle'),
        notLit: css('.cvm-layer--shown:not(.cvm-layer--lit)', 'outlineStyle'),
        // The play triangle is a border with transparent top and bottom edges.
        playTop: css('.cvm-button--play .cvm-button-icon', 'borderTopColor'),
        playLeft: css('.cvm-button--play .cvm-button-icon', 'borderLeftColor'),
      };
    });
    assert.notEqual(r.pressedSwitch, r.otherSwitch, `${scheme}: pressed switch option stands out`);
    assert.notEqual(r.pressedRow, r.otherRow, `${scheme}: picked row stands out`);
    assert.notEqual(r.pressedRowText, r.pressedRow, `${scheme}: picked row's text readable`);
    assert.equal(r.pressedRow, r.pressedSwitch, `${scheme}: the picked row's whole head cell is Highlight, like a pressed switch`);
    assert.equal(r.pressedRowButton, 'rgba(0, 0, 0, 0)', `${scheme}: its button adds no second layer of a translucent Highlight`);
    assert.equal(r.lit, 'solid', `${scheme}: lit layers outlined`);
    assert.equal(r.notLit, 'none');
    assert.equal(r.playTop, 'rgba(0, 0, 0, 0)', `${scheme}: play icon keeps its triangle`);
    assert.notEqual(r.playLeft, 'rgba(0, 0, 0, 0)');
    await page.context().close();
  }
});

test('text follows the reader\'s font size and survives 200 % zoom', async () => {
  const page = await open(the.browser, { width: 720, reducedMotion: 'reduce' });
  await mounted(page, the.demo.url + '/');
  // The font size of every element that holds text, by a path that names it.
  const sizes = () => page.evaluate(() => [...document.querySelectorAll('.cvm-live section.cvm *')]
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.data.trim()))
    .map((e) => [e.className || e.tagName, parseFloat(getComputedStyle(e).fontSize)]));
  const before = await sizes();
  await page.evaluate(() => new Promise((done) => {
    document.documentElement.style.fontSize = '200%';
    requestAnimationFrame(() => requestAnimationFrame(done));
  }));
  const after = await sizes();
  assert.ok(before.length > 50, `${before.length} text elements`);
  // Every text grows with the reader's font size. (Not exactly 2x: at double size the widget is
  // narrow and takes its phone layout, whose tables, title, stack names and blocks are set a
  // step smaller: 0.75em against 0.875em for a block's label.)
  const fixed = before.map(([name, px], i) => [name, px, after[i][1]])
    .filter(([, px, now]) => now / px < 1.65 || now / px > 2.05)
    .map(([name, px, now]) => `${name}: ${px} -> ${now}`);
  assert.deepEqual(fixed, [], 'every text grows with the root font size');
  // 200 % zoom of a 720 px window is a 360 px layout at double size: nothing clipped or off screen.
  const r = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    clipped: [...document.querySelectorAll('.cvm-live .cvm-layer--shown')]
      .filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent),
  }));
  assert.ok(r.page <= r.viewport, `page ${r.page} > ${r.viewport}`);
  assert.deepEqual(r.clipped, []);
  await page.context().close();
});

for (const [name, server, path] of [['demo page', () => the.demo, '/'], ['Jekyll post', () => the.site, POST]]) {
  for (const width of [360, 1280]) {
    for (const scheme of ['light', 'dark']) {
      test(`axe-core: zero violations on the ${name} at ${width}px ${scheme}`, async () => {
        const page = await open(the.browser, { width, scheme, reducedMotion: 'reduce' });
        await mounted(page, server().url + path);
        // The Jekyll post: both widgets live, and one of them with a row picked.
        if (name === 'Jekyll post') {
          await page.locator('#cvm-en').scrollIntoViewIfNeeded();
          await page.waitForSelector('#cvm-en .cvm-live section.cvm');
        }
        await page.locator('.cvm-live tr[data-row="performance"] button').first().evaluate((b) => b.click());
        await page.addScriptTag({ path: AXE });
        const result = await page.evaluate(async (scope) => {
          const r = await window.axe.run(scope ? { include: [['[data-cvm]']] } : document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }, name === 'Jekyll post');
        assert.deepEqual(result, []);
        await page.context().close();
      });
    }
  }
}

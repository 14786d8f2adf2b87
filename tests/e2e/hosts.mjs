// The widget in pages shaped like the two real hosts (examples/blog/_layouts/host.html): the
// post's Type-on-Strap 2.0 and minimal-mistakes, the theme the author's blog uses today, each
// with its global rules (examples/blog/checks/hosts/), a light and a dark page, on a light and a
// dark system, at 360 and 1280 px. Used by host-type-on-strap.test.mjs and
// host-minimal-mistakes.test.mjs (one file per theme: a file may take 120 s).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { useServers } from './support.mjs';

/** The post column each host has, by viewport width. */
const COLUMN = {
  'type-on-strap': { 360: 331, 1280: 1050 },
  'minimal-mistakes': { 360: 328, 1280: 644 },
};

const LIVE = '#cvm-check .cvm-live section.cvm';

/** Relative luminance (WCAG 2) of a computed `rgb(…)` colour. */
export function luminance(css) {
  const [r, g, b] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
    const x = c / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Where every element of the live widget is, relative to the widget (no colours). */
function geometry(page) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).getBoundingClientRect();
    return [document.querySelector(sel), ...document.querySelectorAll(`${sel} *`)]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const b = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        return `${e.tagName}.${e.className} ${Math.round(b.left - root.left)},${Math.round(b.top - root.top)} ` +
          `${Math.round(b.width)}x${Math.round(b.height)} ${s.fontSize} ${s.fontWeight}`;
      });
  }, LIVE);
}

export function hostSuite(host) {
  const the = useServers({ site: true });

  const visit = async (path, { width, system }) => {
    const p = await open(the.browser, { width, scheme: system, reducedMotion: 'reduce' });
    await p.goto(the.site.url + path);
    await p.waitForSelector(LIVE);
    return p;
  };

  for (const width of [360, 1280]) {
    test(`${host} at ${width}px: layout intact, no overflow, the page's scheme, a value-cell tap picks its row`, async () => {
      const bare = await visit(`/checks/${host}/bare/`, { width, system: 'light' });
      const reference = await geometry(bare);
      await bare.context().close();
      for (const look of ['light', 'dark']) {
        for (const system of ['light', 'dark']) {
          const at = `${host} ${look} page, ${system} system, ${width}px`;
          const p = await visit(`/checks/${host}/${look}/`, { width, system });
          const f = await p.evaluate((sel) => {
            const w = document.querySelector(sel);
            const column = document.querySelector('.post-content');
            const right = w.getBoundingClientRect().right;
            const wrap = w.querySelector('.cvm-table-wrap');
            return {
              column: column.clientWidth,
              widget: w.getBoundingClientRect().width,
              maxWidth: parseFloat(getComputedStyle(w).maxWidth),
              pageWidth: document.documentElement.scrollWidth,
              sticking: [...w.querySelectorAll('*')]
                .filter((e) => !e.closest('.cvm-table-wrap') && e.getClientRects().length > 0)
                .filter((e) => e.getBoundingClientRect().right > right + 0.5)
                .map((e) => e.className),
              tableScrolls: wrap.scrollWidth > wrap.clientWidth,
              scheme: getComputedStyle(w).colorScheme,
              background: getComputedStyle(w).backgroundColor,
              text: getComputedStyle(w).color,
            };
          }, LIVE);
          assert.equal(f.column, COLUMN[host][width], `${at}: the theme's post column`);
          const fills = Math.min(f.column, f.maxWidth);
          assert.ok(Math.abs(f.widget - fills) <= 1, `${at}: the widget fills the column up to its max-width (${f.widget})`);
          assert.ok(f.pageWidth <= width, `${at}: the page scrolls sideways (${f.pageWidth})`);
          assert.deepEqual(f.sticking, [], `${at}: nothing sticks out of the widget`);
          assert.equal(f.tableScrolls, false, `${at}: the table fits without scrolling`);
          const diff = (await geometry(p)).map((l, i) => (l === reference[i] ? null : `${l} ≠ ${reference[i]}`)).filter(Boolean);
          assert.deepEqual(diff.slice(0, 5), [], `${at}: the theme's rules moved things inside the widget`);
          assert.equal(f.scheme, look, `${at}: the widget takes the page's scheme, not the system's`);
          assert.equal(luminance(f.background) < 0.18, look === 'dark', `${at}: background ${f.background}`);
          assert.equal(luminance(f.text) < 0.18, look === 'light', `${at}: text ${f.text}`);

          // A tap (360, touch) or a click (1280) on a value cell picks its row.
          const row = (key) => p.locator(`${LIVE} tr[data-row="${key}"]`);
          const cell = row('isolation').locator('td.cvm-table-container');
          await cell.scrollIntoViewIfNeeded();
          if (width < 700) await cell.tap(); else await cell.click();
          assert.equal(await row('isolation').locator('button').getAttribute('aria-pressed'), 'true', `${at}: the tapped row is picked`);
          assert.equal(await p.locator(`${LIVE} .cvm-table [aria-pressed="true"]`).count(), 1, `${at}: that row only`);
          assert.deepEqual(p.errors, [], at);
          await p.context().close();
        }
      }
    });
  }
}

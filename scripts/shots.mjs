// The one open → wait → act → clip → save loop of the screenshot scripts (scripts/screenshots*.mjs).
import { open } from '../tests/e2e/browser.mjs';
import { offline } from '../tests/e2e/site.mjs';

/**
 * Shoots `url` at `width` px in the `scheme` system colours (reduced motion) into `file`.
 * waitFor: a selector to wait for; act(page): what to do before the shot (a click);
 * clip: a selector whose elements' union (with `margin` px around, full width) is the shot,
 * else the full page; after(page): more shots of the same page; blockNetwork: only the site.
 */
export async function shoot(browser, { url, width, scheme, file, waitFor, act, clip, margin = 8, after, blockNetwork }) {
  const page = await open(browser, { width, scheme, reducedMotion: 'reduce' });
  if (blockNetwork) await offline(page);
  await page.goto(url);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 10000 }).catch(() => console.log(file, `no ${waitFor}`));
  if (act) await act(page);
  await page.waitForTimeout(300);
  const box = clip && await page.evaluate(([sel, margin]) => {
    const rs = [...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect());
    const top = Math.min(...rs.map((r) => r.top)) + scrollY, bottom = Math.max(...rs.map((r) => r.bottom)) + scrollY;
    return { x: 0, y: Math.max(0, top - margin), width: innerWidth, height: Math.min(bottom - top + 2 * margin, 4000) };
  }, [clip, margin]);
  await page.screenshot({ path: file, fullPage: true, ...(box ? { clip: box } : {}) });
  if (after) await after(page);
  console.log(file, page.errors.length ? `console errors: ${page.errors.join(' | ')}` : '');
  await page.context().close();
}

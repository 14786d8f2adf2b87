// What scripts/bench.mjs and scripts/bench-ab.mjs share: a phone's 4x CPU throttling, a thumb's
// tap on a pick, and the median they print.

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** The page's CPU throttled 4x, as a mid-range phone. */
export const throttle = async (page) =>
  (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });

/** A thumb's tap on `sel` at the middle of the screen, once the page has settled for `settle` ms;
 * `before` runs just before the tap (a trace's start). */
export async function tapPick(page, sel, settle, before = async () => {}) {
  const el = page.locator(sel);
  await el.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await new Promise((r) => setTimeout(r, settle));
  const box = await el.boundingBox();
  await before();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

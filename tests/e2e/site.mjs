// Builds the example Jekyll site (examples/blog + scripts/release's output in build/blog) into a
// temporary folder with Debian's jekyll, once per baseurl.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The example post holding the widgets (`examples/blog/_posts`). */
export const POST = '/2019/12/31/container-vs-vm/';

export function buildSite(baseurl = '') {
  const dir = mkdtempSync(join(tmpdir(), 'cvm-site-'));
  const src = join(dir, 'src');
  cpSync(join(ROOT, 'examples/blog'), src, { recursive: true });
  cpSync(join(ROOT, 'build/blog'), src, { recursive: true });
  const out = join(dir, 'site');
  execFileSync('jekyll', ['build', '--quiet', '-s', src, '-d', out, '--baseurl', baseurl], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return out;
}

/** Answers every request that leaves the machine (the post's Google-hosted pictures) locally. */
export async function offline(page) {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64');
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: png }));
}

/** The example post on a phone (360 × 740), the Korean widget mounted with `hash` (its stacks
 * finished by default), the pictures answered offline: what the scripts that shoot or time a
 * reader's screen open. `widget: false` refuses the widget's loader, so the box keeps the
 * include's static fallback (the bench's floor). */
export async function phonePost(browser, url, hash = 'step:6', { widget = true } = {}) {
  const { open } = await import('./browser.mjs');
  const page = await open(browser, { width: 360 });
  await page.setViewportSize({ width: 360, height: 740 });
  await offline(page);
  if (!widget) await page.route(/container-vs-vm\/loader\.js/, (route) => route.abort());
  await page.goto(`${url}${POST}#cvm-ko=${hash}`);
  await page.waitForSelector(widget ? '#cvm-ko .cvm-live section.cvm' : '#cvm-ko section.cvm');
  return page;
}

// Builds the example Jekyll site (examples/blog + scripts/release's output in build/blog) into a
// temporary folder with Debian's jekyll, once per baseurl.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './static-server.mjs';
import { before, after } from 'node:test';
import { launch } from './browser.mjs';

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

/** The example site built, served and a browser launched: `{ site, server, browser }`. */
export async function startSite() {
  const site = buildSite('');
  return { site, server: await serve({ root: site }), browser: await launch() };
}

/**
 * The example site for a whole test file: built, served and a browser launched before its tests,
 * closed after them. Returns an object whose `site`, `server` and `browser` are set by then.
 */
export function useSite() {
  const it = {};
  before(async () => Object.assign(it, await startSite()));
  after(async () => {
    await it.browser?.close();
    await it.server?.close();
  });
  return it;
}

/** Answers every request that leaves the machine (the post's Google-hosted pictures) locally. */
export async function offline(page) {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64');
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: png }));
}

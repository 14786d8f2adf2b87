// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { chromium } = require('../../scripts/node_modules/playwright-core');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/** A new page at `width` px (height 800), `scheme` 'light' | 'dark', collecting console errors. */
export async function open(browser, { width = 360, scheme = 'light', reducedMotion = 'no-preference', javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    colorScheme: scheme,
    reducedMotion,
    javaScriptEnabled,
    deviceScaleFactor: 1,
    isMobile: width < 700,
    hasTouch: width < 700,
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

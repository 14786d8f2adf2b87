// What a reader downloads from a built folder: its wasm, js and css files (not the demo page's),
// raw, gzip -9 (GNU gzip, as the size budget is measured) and brotli quality 11 (node's zlib).
// The one measure of size: `scripts/size DIR` prints it, scripts/bench imports it.
//   node scripts/size.mjs [DIR]        (DIR: default build/blog/assets/container-vs-vm)
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const KINDS = ['wasm', 'js', 'css'];

/** `{ wasm, js, css, total }`, each `{ raw, gzip, brotli }` in bytes. */
export function sizes(dir) {
  const out = {};
  for (const kind of KINDS) {
    const bufs = readdirSync(dir)
      .filter((f) => f.endsWith('.' + kind) && !f.startsWith('demo-page'))
      .map((f) => readFileSync(join(dir, f)));
    const sum = (measure) => bufs.reduce((a, b) => a + measure(b), 0);
    out[kind] = {
      raw: sum((b) => b.length),
      gzip: sum((b) => execFileSync('gzip', ['-9', '-c'], { input: b, maxBuffer: 1 << 26 }).length),
      brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    };
  }
  out.total = KINDS.reduce((a, k) => ({
    raw: a.raw + out[k].raw, gzip: a.gzip + out[k].gzip, brotli: a.brotli + out[k].brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'build/blog/assets/container-vs-vm';
  const s = sizes(dir);
  console.log(`${'kind'.padEnd(6)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const kind of [...KINDS, 'total']) {
    const { raw, gzip, brotli } = s[kind];
    console.log(`${kind.padEnd(6)} ${String(raw).padStart(10)} ${String(gzip).padStart(10)} ${String(brotli).padStart(10)}`);
  }
}

// A small static file server for the browser tests: correct MIME types (application/wasm, which
// `jekyll serve` gets wrong), an optional URL prefix (a site's baseurl) and hooks to break things.
// Usage as a script: node static-server.mjs DIR [PORT]
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on 127.0.0.1. Options: port (0 = any free one), prefix ('/blog'), headers (added
 * to every response), override(url) → {status, body, type} | undefined to replace a response,
 * gzip (compress text and wasm for clients that accept it, as static hosts such as GitHub Pages do).
 * Resolves to { url, close, requests } where requests lists every path asked for.
 */
export function serve({ root, port = 0, prefix = '', headers = {}, override, gzip = false } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(url);
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      const compress = gzip && /gzip/.test(req.headers['accept-encoding'] ?? '')
        && /^(text\/|application\/(wasm|json|xml)|image\/svg)/.test(type);
      res.writeHead(status, {
        'content-type': type, 'cache-control': 'no-store', ...headers,
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(compress ? gzipSync(body) : body);
    };
    const o = override && override(url);
    if (o) return send(o.status, o.body ?? '', o.type);
    if (prefix && !url.startsWith(prefix + '/') && url !== prefix) return send(404, 'not found');
    let path = normalize(join(base, url.slice(prefix.length)));
    if (!path.startsWith(base)) return send(403, 'forbidden');
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      send(200, await readFile(path), TYPES[extname(path)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () =>
      ok({
        url: `http://127.0.0.1:${server.address().port}${prefix}`,
        requests,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
      }),
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = '.', port = '8000'] = process.argv.slice(2);
  const s = await serve({ root, port: Number(port) });
  console.log(`serving ${root} at ${s.url}`);
}

// Static server for the benchmark: serves saved pages from 127.0.0.1 with their scripts disabled,
// plus the synthetic storm pages. Scripts are disabled by a nonce CSP rather than cut out of the
// HTML, so the DOM the scanner sees is exactly the saved one (script elements, JSON-LD included)
// and no regex rewrite can mangle a page; only the bench's own nonce-tagged scripts run.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Meta tags that would navigate away or override our CSP. */
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?\s*(refresh|content-security-policy)\b[^>]*>/gi;

/**
 * @param {{ pagesDir?: string, routes?: Record<string, () => string> }} opts
 *   pagesDir: folder of saved .html pages, served at /page/<file> with scripts blocked.
 *   routes: extra pages (path -> html) served as-is, scripts allowed (storm pages).
 */
export function startServer({ pagesDir, routes = {} } = {}) {
  const nonce = randomBytes(12).toString('base64url');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes[url.pathname];
    if (route) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(route());
      return;
    }
    if (pagesDir && url.pathname.startsWith('/page/')) {
      const name = path.basename(decodeURIComponent(url.pathname.slice('/page/'.length)));
      try {
        const html = readFileSync(path.join(pagesDir, name), 'utf8').replace(META_REFRESH, '');
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          // Blocks every page script, inline handler and javascript: URL; frames are not needed.
          'content-security-policy': `script-src 'nonce-${nonce}'; frame-src 'none'; object-src 'none'`,
          // Cross-origin isolation sharpens performance.now() from 100 µs to 5 µs steps; every
          // cross-origin subresource fails anyway (no DNS), so nothing is lost by requiring CORP.
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        });
        res.end(html);
        return;
      } catch { /* fall through to 404 */ }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    resolve({ origin: `http://127.0.0.1:${port}`, nonce, close: () => new Promise((r) => server.close(() => r(undefined))) });
  }));
}

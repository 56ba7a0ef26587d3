// A tiny local news site: serves tests/e2e/pages/<slug>.html at /news/<slug> on 127.0.0.1 and
// logs every request it receives, so the privacy test can compare it with what the browser sent.
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PAGES_DIR } from './paths.js';

export interface ServedRequest {
  readonly method: string;
  readonly path: string;
  readonly origin: string | undefined;
  readonly secFetchSite: string | undefined;
  readonly secFetchDest: string | undefined;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** Every request received, in order. */
  readonly requests: ServedRequest[];
  /** URL of a page by slug; `tag` makes the URL unique so tabs can be told apart. */
  pageUrl(slug: string, tag?: string): string;
  close(): Promise<void>;
}

/** Landing pages the appeals link to; they exist so a stray click never 404s. */
const LANDING = new Set(['/donate', '/subscribe', '/contribute', '/login', '/support']);

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

export async function startServer(): Promise<TestServer> {
  const requests: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      origin: header(req, 'origin'),
      secFetchSite: header(req, 'sec-fetch-site'),
      secFetchDest: header(req, 'sec-fetch-dest'),
    });
    const send = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const slug = /^\/news\/([a-z0-9-]+)$/.exec(url.pathname)?.[1];
    if (slug !== undefined) {
      const file = path.join(PAGES_DIR, `${slug}.html`);
      if (existsSync(file)) return send(200, 'text/html; charset=utf-8', readFileSync(file));
    }
    if (LANDING.has(url.pathname)) {
      return send(200, 'text/html; charset=utf-8', `<!doctype html><title>${url.pathname.slice(1)}</title><p>Landing page.</p>`);
    }
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    send(404, 'text/plain; charset=utf-8', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    pageUrl: (slug, tag) => `${origin}/news/${slug}${tag === undefined ? '' : `?v=${encodeURIComponent(tag)}`}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

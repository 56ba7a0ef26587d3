// Sites are keyed by "scheme://host" (no port): match patterns cannot name a port in Firefox,
// so a permission and a content-script registration always cover every port of a host.
// For ordinary sites this is exactly `URL.origin`.

export const ALL_SITES_PATTERNS: readonly string[] = ['http://*/*', 'https://*/*'];

/** Hosts where browsers refuse content scripts whatever the permission (stores, add-on sites). */
const RESTRICTED_HOSTS: ReadonlySet<string> = new Set([
  'chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'support.mozilla.org',
]);

const MAX_URL_LENGTH = 8192;

function parseHttpUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  let u: URL;
  try { u = new URL(url); } catch { return null; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  return u;
}

/** "https://example.com" for any http(s) URL on that host, else null. */
export function siteOf(url: unknown): string | null {
  const u = parseHttpUrl(url);
  return u ? `${u.protocol}//${u.hostname}` : null;
}

/** Can the extension scan this URL at all (http/https, not a browser-protected host)? */
export function isScannableUrl(url: unknown): boolean {
  const u = parseHttpUrl(url);
  return u !== null && !RESTRICTED_HOSTS.has(u.hostname);
}

/** A well-formed site key as produced by `siteOf` (used to validate stored and imported data). */
export function isSiteKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 300 && siteOf(value) === value;
}

/** The host part of a site key, for labels ("https://www.example.com" → "www.example.com"). */
export function hostOf(site: string): string {
  const u = parseHttpUrl(site);
  return u ? u.hostname : site;
}

/** "https://example.com" → "https://example.com/*" (the permission and registration pattern). */
export function patternFor(site: string): string {
  return `${site}/*`;
}

/**
 * The sites a granted/removed host-permission pattern stands for. `all` is true for the
 * catch-all patterns; wildcard subdomain patterns name no single site and give nothing.
 */
export function sitesOfPattern(pattern: string): { all: boolean; sites: string[] } {
  const m = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(pattern);
  if (!m) return { all: pattern === '<all_urls>', sites: [] };
  const [, scheme = '', host = ''] = m;
  if (host === '*') return { all: true, sites: [] };
  if (host.includes('*')) return { all: false, sites: [] };
  const schemes = scheme === '*' ? ['http', 'https'] : [scheme];
  const sites = schemes.map((s) => siteOf(`${s}://${host}/`)).filter((s): s is string => s !== null);
  return { all: false, sites };
}

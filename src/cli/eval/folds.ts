// Cross-validation folds grouped by site, so that no site's pages (and so no site's template)
// sit on both sides of a split. Pure: no I/O.
//
// The registrable domain (eTLD+1) comes from `tldts`, which reads the Public Suffix List. It was
// chosen over a short built-in list of multi-part suffixes because the list has thousands of such
// suffixes (co.uk, com.au, co.jp, com.br, ad.jp, ne.jp, …; the corpus already has pages on ad.jp
// and ne.jp hosts that a short list would miss). tldts is small (the list compiled into about
// 140 KB of minified code), has no dependency but its own tldts-core, follows the list with
// frequent releases, is very widely used (it is tough-cookie's parser), and was already installed
// as a dependency of jsdom through tough-cookie: as a runtime dependency of the CLI it adds no
// install weight (package.json names it because the CLI imports it directly). Only the ICANN
// section is used (`allowPrivateDomains: false`): every *.blogspot.com blog is the one site
// blogspot.com, every *.wordpress.com blog wordpress.com. Hosted blogs share their platform's
// template, so keeping them together is the conservative choice for a held-out estimate.
import { parse } from 'tldts';
import type { LabelPage } from './score.js';

/** Site keys that do not come from a URL start with this; real sites always contain a dot. */
export const ID_SITE_PREFIX = 'id:';

function hostOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url); // absolute URLs only: '/ct2/show/…' (a bare path in labels.json) is no site
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return host === '' ? null : host;
}

/** The registrable domain of a URL, lower-case and without `www.`; null when it has no host. */
export function registrableDomain(url: string): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  const bare = /^www\d*\.[^.]+\.[^.]/.test(host) ? host.replace(/^www\d*\./, '') : host;
  const parsed = parse(bare, { allowPrivateDomains: false, extractHostname: false });
  // IP addresses and single-label hosts (localhost) have no registrable domain: the host is the site.
  return parsed.domain ?? bare;
}

/**
 * The site part of a page id. The corpus names pages `<site>-<words from the path>`, and pages
 * whose source gave no URL keep that shape (`lwn-lwn-1`, `yahoo-yahoo-2`, `ietf-ietf-1`,
 * `archive-archive-org-stol`), except that a host-derived id may begin with `www-`
 * (`www-phoronix-com`, `www-androidcentral-com`): that `www` is skipped, or every such page
 * would be one site. Ids with no hyphen (the hand-made seed may be renamed) are their own site.
 */
export function idSlug(id: string): string {
  const words = id.toLowerCase().split('-').filter(Boolean);
  const first = words[0] === 'www' && words.length > 1 ? words[1] : words[0];
  return first ?? id.toLowerCase();
}

/**
 * The site a page belongs to: the registrable domain (eTLD+1) of its URL, lower-case, without
 * `www.`. When the URL is missing or not absolute, `id:<slug>` from the page id (see idSlug):
 * stable, and it keeps together a site's URL-less pages, which share the id prefix.
 */
export function siteOf(page: LabelPage): string {
  const domain = page.url ? registrableDomain(page.url) : null;
  return domain ?? `${ID_SITE_PREFIX}${idSlug(page.id)}`;
}

/** FNV-1a, 32-bit, over the UTF-8 bytes of s. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function checkFolds(folds: number): void {
  if (!Number.isInteger(folds) || folds < 1) throw new RangeError(`folds must be a positive integer, got ${folds}`);
}

/** The fold (0 … folds-1) of a site: a stable hash, the same on every machine and run. */
export function foldOf(site: string, folds: number): number {
  checkFolds(folds);
  return fnv1a32(site) % folds;
}

/** The label of a registrable domain before its public suffix: 'telegraph' for telegraph.co.uk. */
function domainLabel(site: string): string | null {
  if (site.startsWith(ID_SITE_PREFIX)) return null;
  const parsed = parse(site, { allowPrivateDomains: false, extractHostname: false });
  return parsed.domainWithoutSuffix || null;
}

/**
 * The site key each page is folded by: siteOf, except that a URL-less page (`id:<slug>`) joins
 * the site of the same pages' URL-bearing ones when exactly one site in `pages` has that label
 * (`id:yahoo` joins yahoo.com if the list has yahoo.com pages and no yahoo.co.jp ones).
 */
export function foldKeys(pages: readonly LabelPage[]): string[] {
  const sites = pages.map(siteOf);
  const byLabel = new Map<string, Set<string>>();
  for (const site of sites) {
    const label = domainLabel(site);
    if (label === null) continue;
    let set = byLabel.get(label);
    if (!set) byLabel.set(label, (set = new Set()));
    set.add(site);
  }
  return sites.map((site) => {
    if (!site.startsWith(ID_SITE_PREFIX)) return site;
    const matches = byLabel.get(site.slice(ID_SITE_PREFIX.length));
    return matches?.size === 1 ? [...matches][0] ?? site : site;
  });
}

/** The fold of each page, by site: all pages of one site share a fold. */
export function assignFolds(pages: readonly LabelPage[], folds: number): number[] {
  checkFolds(folds);
  return foldKeys(pages).map((key) => foldOf(key, folds));
}

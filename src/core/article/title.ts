// The article's title: the headline the reader sees (an h1 that agrees with the page's
// declared title), else og:title / JSON-LD headline / <title>, without " | Site" parts.

import type { PageMeta } from './meta.js';

const SEPARATOR = /\s+[|\-–—\\/>»«›‹·•:]{1,2}\s+|\s*\|\s*/g;

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Share of `b`'s characters (by word) that also occur in `a`: 1 = b's words are all in a.
 * Readability's header-vs-title similarity.
 */
export function textSimilarity(a: string, b: string): number {
  const ta = words(a);
  const tb = words(b);
  if (!ta.length || !tb.length) return 0;
  const inA = new Set(ta);
  const uniq = tb.filter((t) => !inA.has(t));
  return 1 - uniq.join(' ').length / tb.join(' ').length;
}

function norm(s: string): string {
  return words(s).join(' ');
}

/** Drop a site-name part ("Title | Site", "Site - Title") from a declared title. */
export function cleanTitle(title: string, siteName: string | null): string {
  const t = title.replace(/[\s\u00a0]+/g, ' ').trim();
  const parts = t.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 2) return t;
  const site = siteName ? norm(siteName) : '';
  if (site) {
    const isSite = (p: string): boolean => {
      const n = norm(p);
      return n === site || (n.length > 0 && site.includes(n)) || (n.includes(site) && n.length <= site.length + 12);
    };
    const kept = parts.filter((p) => !isSite(p));
    if (kept.length && kept.length < parts.length) return joinKept(t, kept);
  }
  // No site name to go by: short trailing parts ("| DW | 19.01.2020") are the site and date
  // when the rest still reads as a title; else a short leading part is the site.
  let kept = parts;
  while (kept.length > 1 && words(kept[kept.length - 1]!).length <= 4 && words(kept.slice(0, -1).join(' ')).length >= 3) {
    kept = kept.slice(0, -1);
  }
  if (kept.length < parts.length) return joinKept(t, kept);
  const first = parts[0]!;
  if (words(first).length <= 3 && words(parts.slice(1).join(' ')).length >= 4) return joinKept(t, parts.slice(1));
  return t;
}

/** Rejoin kept parts with the separators they had in the original title. */
function joinKept(original: string, kept: string[]): string {
  const from = original.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const to = original.lastIndexOf(lastPart) + lastPart.length;
  return from >= 0 && to > from ? original.slice(from, to).trim() : kept.join(' - ');
}

/**
 * Pick the title. `headings` are the visible texts of the page's h1s (those inside the
 * article first).
 */
export function chooseTitle(meta: PageMeta, headings: readonly string[]): string | null {
  const declared = [meta.ogTitle, meta.twitterTitle, meta.ldHeadline, meta.docTitle]
    .filter((s): s is string => Boolean(s))
    .map((s) => cleanTitle(s, meta.siteName));
  const site = meta.siteName ? norm(meta.siteName) : '';
  // An h1 that agrees with a declared title is the cleanest form of it (a site-name h1 is not).
  for (const h of headings) {
    const nh = norm(h);
    if (nh.length < 3 || h.length > 300 || (site && nh === site)) continue;
    for (const d of declared) {
      // Same words: the declared form usually keeps the punctuation that inline markup hides.
      if (norm(d) === nh) return d;
      // Nearly all of the heading's words are in the declared title, and most of its words in the heading.
      if (textSimilarity(d, h) > 0.9 && textSimilarity(h, d) > 0.75) return h;
    }
  }
  for (const d of declared) if (words(d).length) return d;
  const h = headings.find((s) => words(s).length > 0);
  return h ?? null;
}

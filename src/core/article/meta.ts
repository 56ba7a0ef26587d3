// Page metadata the extractor uses: titles (og/twitter/JSON-LD) and whether an author is
// declared (then an in-page byline is kept as text, as Readability does).

export interface PageMeta {
  readonly ogTitle: string | null;
  readonly twitterTitle: string | null;
  readonly docTitle: string | null;
  readonly siteName: string | null;
  readonly ldHeadline: string | null;
  readonly hasAuthor: boolean;
}

const ARTICLE_TYPE = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const c = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return c || null;
}

function isArticle(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  return Array.isArray(t) ? t.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x)) : typeof t === 'string' && ARTICLE_TYPE.test(t);
}

/** The first schema.org Article object in the page's JSON-LD (top level, arrays, @graph). */
function jsonLdArticle(scripts: readonly Element[]): Record<string, unknown> | null {
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const raw = scripts[i]?.textContent ?? '';
    if (raw.length > 200_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let k = 0; k < queue.length && k < 200; k++) {
      const o = queue[k];
      if (Array.isArray(o)) { queue.push(...o); continue; }
      if (!o || typeof o !== 'object') continue;
      const rec = o as Record<string, unknown>;
      if (isArticle(rec)) return rec;
      if (Array.isArray(rec['@graph'])) queue.push(...(rec['@graph'] as unknown[]));
    }
  }
  return null;
}

const AUTHOR_NAMES = new Set(['name:author', 'name:dc.creator', 'name:dc:creator', 'name:dcterm:creator', 'name:parsely-author',
  'property:dc:creator', 'property:dcterm:creator']);

/** Every key of `values` that readMeta reads. */
const WANTED: ReadonlySet<string> = new Set(['og:title', 'twitter:title', 'og:site_name', 'application-name',
  'property:article:author', ...AUTHOR_NAMES]);

/** JSON-LD author(s) with a name. */
function authorName(a: unknown): boolean {
  const one = (x: unknown): boolean => Boolean(x && typeof x === 'object' && typeof (x as Record<string, unknown>)['name'] === 'string' && ((x as Record<string, unknown>)['name'] as string).trim());
  return Array.isArray(a) ? a.some(one) : one(a);
}

/**
 * Reads <head>'s element children (querying is slow in jsdom) plus the <meta> and JSON-LD
 * elements the body walk met.
 */
export function readMeta(doc: Document, fromBody: readonly Element[] = []): PageMeta {
  const values = new Map<string, string>();
  const scripts: Element[] = [];
  // Not document.title: without a <title> in <head> jsdom searches the whole page for one.
  let docTitle: string | null = null;
  let head: Element | null = null;
  try {
    head = doc.head ?? null;
  } catch {
    head = null;
  }
  const seen: Element[] = [];
  for (let el = head?.firstElementChild ?? null; el && seen.length < 2000; el = el.nextElementSibling) seen.push(el);
  for (const el of [...seen, ...fromBody]) {
    const t = el.localName.toLowerCase();
    if (t === 'meta') {
      const property = (el.getAttribute('property') ?? '').trim().toLowerCase();
      const name = (el.getAttribute('name') ?? '').trim().toLowerCase();
      // Only the keys read below are kept (pages carry dozens of other <meta>s).
      const keys = [property, name, property && `property:${property}`, name && `name:${name}`]
        .filter((key) => key && WANTED.has(key) && !values.has(key));
      if (!keys.length) continue;
      const content = clean(el.getAttribute('content'));
      if (!content) continue;
      for (const key of keys) values.set(key, content);
    } else if (t === 'title') {
      docTitle ??= clean(el.textContent);
    } else if (t === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
      scripts.push(el);
    }
  }
  const ld = jsonLdArticle(scripts);
  const ldHeadline = clean(typeof ld?.['headline'] === 'string' ? ld['headline'] : typeof ld?.['name'] === 'string' ? ld['name'] : null);
  const articleAuthor = values.get('property:article:author');
  let hasAuthor = authorName(ld?.['author']) || Boolean(articleAuthor && !/^https?:\/\//i.test(articleAuthor));
  for (const k of AUTHOR_NAMES) if (values.has(k)) hasAuthor = true;
  return {
    ogTitle: values.get('og:title') ?? null,
    twitterTitle: values.get('twitter:title') ?? null,
    docTitle,
    siteName: values.get('og:site_name') ?? values.get('application-name') ?? null,
    ldHeadline,
    hasAuthor,
  };
}

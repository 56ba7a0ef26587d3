// Page metadata the extractor uses: titles (og/twitter/JSON-LD) and whether an author is
// declared (then an in-page byline is kept as text, as Readability does).

export interface PageMeta {
  readonly ogTitle: string | null;
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
function jsonLdArticle(doc: Document): Record<string, unknown> | null {
  let scripts: ArrayLike<Element>;
  try {
    scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  } catch {
    return null;
  }
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

function metaContent(doc: Document, selector: string): string | null {
  try {
    return clean(doc.querySelector(selector)?.getAttribute('content'));
  } catch {
    return null;
  }
}

export function readMeta(doc: Document): PageMeta {
  const ld = jsonLdArticle(doc);
  const ldHeadline = clean(typeof ld?.['headline'] === 'string' ? ld['headline'] : typeof ld?.['name'] === 'string' ? ld['name'] : null);
  const ldAuthor = ld?.['author'];
  const authorMeta = metaContent(doc, 'meta[name="author" i], meta[name="dc.creator" i], meta[name="dc:creator" i], meta[name="parsely-author" i], meta[property="dc:creator" i]');
  const articleAuthor = metaContent(doc, 'meta[property="article:author" i]');
  let docTitle: string | null = null;
  try {
    docTitle = clean(doc.title);
  } catch {
    docTitle = null;
  }
  return {
    ogTitle: metaContent(doc, 'meta[property="og:title" i], meta[name="og:title" i]')
      ?? metaContent(doc, 'meta[name="twitter:title" i], meta[property="twitter:title" i]'),
    docTitle,
    siteName: metaContent(doc, 'meta[property="og:site_name" i]') ?? metaContent(doc, 'meta[name="application-name" i]'),
    ldHeadline,
    hasAuthor: Boolean(ldAuthor) || Boolean(authorMeta) || Boolean(articleAuthor && !/^https?:\/\//i.test(articleAuthor)),
  };
}

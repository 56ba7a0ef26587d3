// Tag tables for the article extractor. Names are lower-case local names.

/** Never text: their content is code, media or another document (POLICY.md visible-text rules). */
export const NON_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link',
]);

/** Form controls: their labels and values are not article text. */
export const CONTROL_TAGS: ReadonlySet<string> = new Set(['button', 'input', 'select', 'textarea', 'option', 'datalist']);

/**
 * Elements that start a new line of text. A text node belongs to its nearest block-level
 * ancestor; that ancestor is the "block" whose line the text ends up on.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements scored as paragraphs with their whole text (Readability's tags-to-score). */
export const SCORED_TAGS: ReadonlySet<string> = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);

/** A div containing any of these is a container, not a paragraph written as a div. */
export const CONTAINER_HINT_TAGS: ReadonlySet<string> = new Set([
  'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul',
]);

/** Inline ("phrasing") content: runs of it directly inside a container read as a paragraph. */
export const PHRASING_TAGS: ReadonlySet<string> = new Set([
  'abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed',
  'i', 'img', 'input', 'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output',
  'progress', 'q', 'ruby', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup',
  'textarea', 'time', 'var', 'wbr', 'font', 'u', 's', 'big', 'tt', 'strike', 'bdi', 'picture', 'source',
]);

/** Phrasing only when all their children are (they may wrap blocks). */
export const TRANSPARENT_TAGS: ReadonlySet<string> = new Set(['a', 'del', 'ins']);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Containers a top candidate keeps its tag as; others are cleaned like a div. */
export const KEEP_TAG_WHEN_APPENDED: ReadonlySet<string> = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);

/** Always dropped inside the article: page furniture rather than text. */
export const ALWAYS_DROP_TAGS: ReadonlySet<string> = new Set([
  'footer', 'aside', 'link', 'object', 'embed', 'iframe', 'input', 'textarea', 'select', 'button', 'nav',
]);

/** Tags whose text counts toward a container's "texty" descendants. */
export const TEXTISH_TAGS: ReadonlySet<string> = new Set([
  'span', 'li', 'td', 'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul',
]);

export const EMBED_TAGS: ReadonlySet<string> = new Set(['object', 'embed', 'iframe']);

export const HTML_NS = 'http://www.w3.org/1999/xhtml';

// Visible text rules (corpus POLICY): what the walk reads and what it skips.

/** Subtrees whose text is never visible. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'canvas', 'video', 'audio',
  'head', 'math', 'embed', 'frame', 'frameset',
]);

/** Elements that start a new text block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'menu', 'legend', 'html', 'option',
  'select', 'textarea', 'label', 'button', 'picture',
]);

export const HEADING_LEVEL: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by markup alone (POLICY: `hidden` attribute, inline display:none / visibility:hidden). */
export function hiddenByMarkup(hiddenAttr: string | null, style: string | null): boolean {
  if (hiddenAttr !== null) return true;
  return style !== null && style.length < 2_000 && HIDDEN_STYLE.test(style);
}

/** Whitespace runs to one space, trimmed. Most block texts are already clean: a regex test (cheaper
 * than a replace that finds nothing, measured) returns those as they are. */
const NOT_COLLAPSED = /\s\s|[^\S ]|^ | $/;
export function collapse(s: string): string {
  return NOT_COLLAPSED.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** The code units of JavaScript's `\s` (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Number of whitespace-separated words (`s.split(/\s+/).filter(Boolean).length`, without the array). */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) inWord = false;
    else if (!inWord) { inWord = true; n++; }
  }
  return n;
}

// The reader's rules as text ↔ data. A subset of uBlock Origin's cosmetic-filter syntax (see
// ./types.ts): one rule a line, `!` comments, `!off ` before a rule disables it. Never throws;
// every problem is a RuleError naming the line. Bounded: the text is cut off at
// MAX_RULES_TEXT characters (then nothing is read), at most MAX_RULES rules are kept.
import { collapse } from '../text.js';
import type { ParsedRules, Rule, RuleError, RuleKind } from './types.js';

/** Rules text longer than this (in UTF-16 code units) is refused as a whole. */
export const MAX_RULES_TEXT = 256 * 1024;
/** At most this many rules are read; the lines after that are reported once. */
export const MAX_RULES = 2000;
/** A selector (before `:has-text` / `:appeal`) is at most this long. */
export const MAX_SELECTOR = 500;
/** A `:has-text(…)` fingerprint is at most this long. */
export const MAX_FINGERPRINT = 200;
/** Errors reported per parse (the rest are counted in one last error). */
export const MAX_ERRORS = 100;

export const RULE_KINDS: readonly RuleKind[] = ['donation', 'subscription', 'paywall'];

export interface ParseOptions {
  /**
   * Extra selector check, for callers with a DOM, e.g.
   * `(s) => { try { doc.createDocumentFragment().querySelector(s); return true } catch { return false } }`.
   * Called only on selectors that passed the built-in check; a throw counts as false.
   */
  readonly validate?: (selector: string) => boolean;
}

const SOURCE_CHARS = 120;

/** Parses a block of rules text. Never throws. */
export function parseRules(text: string, options: ParseOptions = {}): ParsedRules {
  if (typeof text !== 'string') return { rules: [], errors: [{ line: 0, source: '', message: 'the rules are not text' }] };
  if (text.length > MAX_RULES_TEXT) {
    return {
      rules: [],
      errors: [{
        line: 0, source: '',
        message: `the rules text is ${Math.ceil(text.length / 1024)} KB, more than the ${MAX_RULES_TEXT / 1024} KB allowed: nothing was read`,
      }],
    };
  }
  const validate = typeof options?.validate === 'function' ? options.validate : null;
  const rules: Rule[] = [];
  const errors: RuleError[] = [];
  let dropped = 0;
  const seen = new Set<string>();
  let lineNo = 0;
  let tooMany = false;
  for (let pos = 0; pos <= text.length;) {
    let end = pos;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    const raw = text.slice(pos, end);
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    lineNo++;
    const r = parseLine(raw, validate);
    if (r === null) continue;
    if ('message' in r) {
      if (errors.length < MAX_ERRORS) errors.push({ line: lineNo, source: cut(raw.trim()), message: r.message });
      else dropped++;
      continue;
    }
    for (const rule of r.rules) {
      const key = ruleKey(rule);
      if (seen.has(key)) continue;
      if (rules.length >= MAX_RULES) {
        if (!tooMany) {
          tooMany = true;
          errors.push({ line: lineNo, source: cut(raw.trim()), message: `more than ${MAX_RULES} rules: this line and the ones after it were left out` });
        }
        break;
      }
      seen.add(key);
      rules.push(rule);
    }
    if (tooMany) break;
  }
  if (dropped > 0) errors.push({ line: 0, source: '', message: `${dropped} more lines have errors` });
  return { rules, errors };
}

/** Writes rules back as text, one a line (`!off ` before a disabled one); parseRules reads it back to the same rules. */
export function formatRules(rules: readonly Rule[]): string {
  if (!Array.isArray(rules)) return '';
  const lines: string[] = [];
  for (const r of rules) {
    if (!r || typeof r !== 'object') continue;
    const line = typeof r.source === 'string' && r.source.trim() && !/[\r\n]/.test(r.source) ? r.source.trim() : ruleLine(r);
    lines.push(r.enabled === false ? `!off ${line}` : line);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The canonical line for a rule's fields (host, action, selector, text, kind). */
export function ruleLine(r: Pick<Rule, 'host' | 'action' | 'selector' | 'text' | 'kind'>): string {
  const sep = r.action === 'never' ? '#@#' : '##';
  const text = r.text !== null && r.text !== undefined ? `:has-text(${escapeText(r.text)})` : '';
  const kind = r.action === 'flag' && r.kind ? `:appeal(${r.kind})` : '';
  return `${r.host}${sep}${r.selector ?? ''}${text}${kind}`;
}

/** Escapes `(`, `)` and `\` for a `:has-text(…)` argument. */
export function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Identity of a rule for dropping duplicates (its enabled state aside: the first one wins). */
function ruleKey(r: Rule): string {
  return `${r.host}\u0000${r.action}\u0000${r.selector ?? ''}\u0000${r.text ?? ''}\u0000${r.kind ?? ''}`;
}

function cut(s: string): string {
  return s.length > SOURCE_CHARS ? `${s.slice(0, SOURCE_CHARS - 1)}…` : s;
}

type LineResult = null | { readonly message: string } | { readonly rules: Rule[] };

const fail = (message: string): { message: string } => ({ message });

// Control characters other than tab (NUL, escape, DEL, the C1 range, line/paragraph separators).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

function parseLine(raw: string, validate: ((s: string) => boolean) | null): LineResult {
  let line = raw.trim();
  if (!line) return null;
  let enabled = true;
  if (line.startsWith('!')) {
    const off = /^!off\s+/i.exec(line);
    if (!off) return null;
    line = line.slice(off[0].length).trim();
    if (!line) return null;
    enabled = false;
  }
  if (CONTROL.test(line)) return fail('the line contains control characters (such as NUL): retype it');
  if (line.length > MAX_SELECTOR + 400) return fail(`the line is ${line.length} characters long: a rule is at most ${MAX_SELECTOR} characters of selector`);
  if (line.startsWith('[') && line.endsWith(']')) return null; // "[Adblock Plus 2.0]" list headers, as in uBlock Origin
  const hash = line.indexOf('#');
  if (hash < 0) {
    if (/^(?:\|\||@@|\|)/.test(line) || /[\^$]/.test(line) || /^[a-z][a-z0-9+.-]*:\/\//i.test(line)) {
      return fail('this is a network filter (like ||example.com^): Appeal Spotter reads only element rules, example.com##selector');
    }
    return fail('no ## or #@# in the line: write a rule as example.com##selector (flag) or example.com#@#selector (never flag)');
  }
  const hostPart = line.slice(0, hash).trim();
  const rest = line.slice(hash);
  let action: Rule['action'];
  let body: string;
  if (rest.startsWith('#@#')) {
    action = 'never';
    body = rest.slice(3);
  } else if (rest.startsWith('##')) {
    action = 'flag';
    body = rest.slice(2);
  } else if (/^#@?[?$%]#/.test(rest)) {
    return fail("uBlock Origin's procedural, style or script rules (#?#, #$#, #%#) are not supported: use ## or #@#");
  } else {
    return fail('no ## or #@# after the host: write example.com##selector or example.com#@#selector');
  }
  body = body.trim();
  if (body.startsWith('+js(') || body.startsWith('^')) {
    return fail('script and HTML filters (##+js(…), ##^…) are not supported: a rule names elements with a CSS selector');
  }
  if (!hostPart) return fail('the rule has no host: rules are for one site, write example.com##' + cut(body || 'selector'));
  const hosts: string[] = [];
  for (const h of hostPart.split(',')) {
    const host = checkHost(h.trim());
    if (typeof host !== 'string') return host;
    if (!hosts.includes(host)) hosts.push(host);
  }
  if (hosts.length > 20) return fail('more than 20 hosts in one rule: write one rule per site');

  const parsed = parseBody(body, action, validate);
  if ('message' in parsed) return parsed;
  const rules = hosts.map((host): Rule => ({
    host, action, selector: parsed.selector, text: parsed.text, kind: parsed.kind,
    source: hosts.length === 1 && hostPart.indexOf(',') < 0 ? line : `${host}${action === 'never' ? '#@#' : '##'}${body}`,
    enabled,
  }));
  return { rules };
}

/** A rule's host: lower-case, no leading "www.", or the reason it is not one site's name. */
function checkHost(h: string): string | { message: string } {
  const q = JSON.stringify(cut(h));
  if (!h) return fail('an empty host in the host list: write example.com##selector');
  if (h.startsWith('~')) return fail(`the host ${q} is an exception (~): write a rule for each site it is for instead`);
  if (h.includes('*')) return fail(`the host ${q} is a wildcard: rules are for one site, such as example.com`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(h) && !/^[^:]+:\d+$/.test(h)) {
    return fail(`the host ${q} has a scheme (such as https: or javascript:): write the site name alone, such as example.com`);
  }
  if (/[/?]/.test(h)) return fail(`the host ${q} has a path: write the site name alone, such as example.com`);
  if (h.startsWith('[') || /^\d+(?:\.\d+){3}(?::\d+)?$/.test(h)) return fail(`the host ${q} is an IP address: rules are for named sites, such as example.com`);
  if (/:\d*$/.test(h)) return fail(`the host ${q} has a port: write the site name alone, such as example.com`);
  if (/[^\x00-\x7f]/.test(h)) return fail(`the host ${q} has non-ASCII characters: write an international name in its xn-- form (punycode)`);
  let host = h.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('www.')) host = host.slice(4);
  if (!/^[a-z0-9.-]+$/.test(host)) return fail(`the host ${q} has characters a site name cannot have (only letters, digits, - and .)`);
  if (host.length > 253) return fail(`the host ${q} is too long for a site name`);
  const labels = host.split('.');
  if (labels.length < 2) return fail(`the host ${q} is not a full site name: write it with its domain, such as example.com`);
  for (const l of labels) {
    if (!l || l.length > 63 || l.startsWith('-') || l.endsWith('-')) return fail(`the host ${q} is not a valid site name`);
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return fail(`the host ${q} is an IP address: rules are for named sites, such as example.com`);
  return host;
}

interface Body { readonly selector: string | null; readonly text: string | null; readonly kind: RuleKind | null }

const APPEAL_SUFFIX = /:appeal\(\s*([^()]*?)\s*\)$/i;
const HAS_TEXT = ':has-text(';

function parseBody(body: string, action: Rule['action'], validate: ((s: string) => boolean) | null): Body | { message: string } {
  let rest = body;
  let kind: RuleKind | null = null;
  const ap = APPEAL_SUFFIX.exec(rest);
  if (ap) {
    if (action === 'never') return fail(':appeal(…) goes only on flag rules (##): a never-flag rule (#@#) has no kind');
    const k = ap[1]!.toLowerCase();
    if (!(RULE_KINDS as readonly string[]).includes(k)) {
      return fail(`unknown kind ${JSON.stringify(cut(ap[1]!))} in :appeal(…): use donation, subscription or paywall`);
    }
    kind = k as RuleKind;
    rest = rest.slice(0, ap.index).trimEnd();
  }
  if (/:appeal\(/i.test(rest)) return fail(':appeal(kind) must come last in the rule, once');
  let text: string | null = null;
  const lower = rest.toLowerCase();
  const at = lower.indexOf(HAS_TEXT);
  if (at >= 0) {
    if (lower.indexOf(HAS_TEXT, at + 1) >= 0) return fail('more than one :has-text(…): a rule has at most one, at its end');
    const arg = hasTextArg(rest, at + HAS_TEXT.length);
    if (typeof arg !== 'string') return arg;
    text = collapse(arg);
    if (!text) return fail(':has-text() is empty: give the first words of the element\'s text');
    if (text.length > MAX_FINGERPRINT) return fail(`the :has-text(…) text is ${text.length} characters: at most ${MAX_FINGERPRINT}`);
    rest = rest.slice(0, at).trim();
  }
  if (!rest) {
    if (text === null) return fail('no selector after ## or #@#');
    return { selector: null, text, kind };
  }
  const problem = checkSelector(rest);
  if (problem) return fail(problem);
  if (validate) {
    let ok = false;
    try {
      ok = validate(rest) === true;
    } catch {
      ok = false;
    }
    if (!ok) return fail(`the selector ${JSON.stringify(cut(rest))} is not valid CSS`);
  }
  return { selector: rest, text, kind };
}

/** The text of `:has-text(…)` starting at `from` (after the parenthesis), unescaped; it must end the rule. */
function hasTextArg(s: string, from: number): string | { message: string } {
  let depth = 1;
  let out = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      out += s[++i];
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      if (s.slice(i + 1).trim()) return fail(':has-text(…) must end the rule (only :appeal(…) may follow it), not sit inside :not(…) or another part of the selector');
      if (out.length > 1 && out.startsWith('/') && /\/[a-z]*$/.test(out)) {
        return fail('regular expressions in :has-text(/…/) are not supported: give the first words of the text');
      }
      return out;
    }
    out += c;
  }
  return fail(':has-text( is not closed: write :has-text(first words) and escape ( and ) inside it as \\( and \\)');
}

/** Pseudo-classes a selector may use (standard CSS that selects elements, no state that changes as the reader moves). */
const PSEUDO_CLASSES: ReadonlySet<string> = new Set([
  'not', 'is', 'where', 'has', 'first-child', 'last-child', 'only-child', 'nth-child', 'nth-last-child',
  'nth-of-type', 'nth-last-of-type', 'first-of-type', 'last-of-type', 'only-of-type', 'empty', 'root', 'scope',
  'link', 'any-link', 'checked', 'disabled', 'enabled', 'required', 'optional', 'read-only', 'read-write', 'lang',
  'dir', 'defined', 'placeholder-shown', 'default', 'indeterminate', 'open', 'popover-open', 'modal',
]);

/** uBlock Origin operators, named in the error so the reader knows why. */
const UBO_OPERATORS: ReadonlySet<string> = new Set([
  'remove', 'style', 'remove-attr', 'remove-class', 'matches-css', 'matches-css-before', 'matches-css-after', 'xpath',
  'upward', 'watch-attr', 'min-text-length', 'others', 'matches-path', 'matches-media', 'matches-attr', 'matches-prop',
  'spath', 'if', 'if-not', 'contains', 'has-text', '-abp-has', '-abp-contains', '-abp-properties', 'nth-ancestor', 'shadow',
]);

const SEL_CHARS = /^[A-Za-z0-9_\-.#*>+~,:()[\]=|^$"'\\\s\u00a0-\uffff]$/;

/**
 * A conservative check that `sel` is a CSS selector the page's querySelector will take:
 * balanced brackets, parentheses and quotes; known pseudo-classes only; no pseudo-elements;
 * no combinator at the end, no empty part between commas. null when it passes, else why not.
 */
export function checkSelector(sel: string): string | null {
  if (sel.length > MAX_SELECTOR) return `the selector is ${sel.length} characters: at most ${MAX_SELECTOR}`;
  if (CONTROL.test(sel)) return 'the selector contains control characters';
  const stack: string[] = [];
  let last = '';
  let compound = false;
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i]!;
    if (c === '\\') {
      if (i + 1 >= sel.length) return 'the selector ends with a backslash';
      i++;
      last = 'x';
      compound = true;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      for (; j < sel.length && sel[j] !== c; j++) if (sel[j] === '\\') j++;
      if (j >= sel.length) return 'a quote in the selector is not closed';
      if (stack[stack.length - 1] !== '[') return 'a quoted string outside [attribute="value"] in the selector';
      i = j;
      last = 'x';
      continue;
    }
    if (!SEL_CHARS.test(c)) return `the selector has the character ${JSON.stringify(c)}, which CSS selectors cannot have`;
    if (c === '[') {
      if (stack[stack.length - 1] === '[') return 'a [ inside [ ] in the selector';
      stack.push('[');
      compound = true;
      last = c;
      continue;
    }
    if (c === ']') {
      if (stack.pop() !== '[') return 'a ] without its [ in the selector';
      const open = sel.lastIndexOf('[', i);
      if (!/^\s*[A-Za-z_-][\w-]*(?:\|[\w-]+)?\s*(?:[~|^$*]?=\s*(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|[^\s"'\]]+)\s*(?:\s[iIsS])?\s*)?$/.test(sel.slice(open + 1, i))) {
        return `the attribute test ${JSON.stringify(cut(sel.slice(open, i + 1)))} in the selector is not valid`;
      }
      last = 'x';
      continue;
    }
    if (stack[stack.length - 1] === '[') continue;
    if (c === ':') {
      if (sel[i + 1] === ':') return 'pseudo-elements (::before, ::after…) are not elements: a rule names an element';
      const m = /^-?[A-Za-z][\w-]*/.exec(sel.slice(i + 1, i + 41));
      if (!m) return 'a : without a pseudo-class name in the selector';
      const name = m[0].toLowerCase();
      if (UBO_OPERATORS.has(name)) {
        return name === 'has-text'
          ? ':has-text(…) may only end the rule, not sit inside another part of the selector'
          : `:${name}(…) is a uBlock Origin operator Appeal Spotter does not support`;
      }
      if (!PSEUDO_CLASSES.has(name)) return `:${name} is not a pseudo-class Appeal Spotter supports`;
      i += m[0].length;
      const fn = sel[i + 1] === '(';
      if (fn !== ['not', 'is', 'where', 'has', 'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type', 'lang', 'dir'].includes(name)) {
        return fn ? `:${name} takes no argument` : `:${name}(…) needs an argument`;
      }
      compound = true;
      last = 'x';
      continue;
    }
    if (c === '(') {
      if (last !== 'x') return 'a ( without a pseudo-class before it in the selector';
      stack.push('(');
      compound = false;
      last = c;
      continue;
    }
    if (c === ')') {
      if (stack.pop() !== '(') return 'a ) without its ( in the selector';
      if (last === '(') return 'empty parentheses in the selector';
      if (last === ',' || last === '>' || last === '+' || last === '~') return 'the selector has a combinator or comma with nothing after it';
      last = 'x';
      compound = true;
      continue;
    }
    if (c === ',') {
      if (!compound && last !== 'x') return 'the selector has an empty part between commas';
      compound = false;
      last = c;
      continue;
    }
    if (c === '>' || c === '+' || c === '~') {
      if (last === '>' || last === '+' || last === '~' || (last === ',' && stack.length === 0)) return 'two combinators in a row in the selector';
      if (!compound && stack.length === 0 && last !== 'x') return 'the selector starts with a combinator';
      compound = false;
      last = c;
      continue;
    }
    if (/\s/.test(c)) continue;
    if ((c === '#' || c === '.') && !/^(?:-?[A-Za-z_\u00a0-\uffff]|--|\\)/.test(sel.slice(i + 1, i + 3))) {
      return `a ${c} without a name after it in the selector`;
    }
    if (c === '=' || c === '|' || c === '^' || c === '$') return `the selector has a stray ${JSON.stringify(c)}`;
    compound = true;
    last = 'x';
  }
  if (stack.length) return stack[stack.length - 1] === '[' ? 'a [ in the selector is not closed' : 'a ( in the selector is not closed';
  if (last === ',' || last === '>' || last === '+' || last === '~') return 'the selector ends with a combinator or comma';
  return null;
}

// Which rules apply on a page: a rule for example.com applies on example.com and every
// subdomain of it (news.example.com), never on badexample.com; a leading "www." is ignored on
// both sides. Disabled rules never apply.
import type { Rule } from './types.js';

/** A host as rules compare it: lower-case, no trailing dot, no leading "www.". */
export function normalHost(host: string): string {
  let h = typeof host === 'string' ? host.trim().toLowerCase() : '';
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.startsWith('www.')) h = h.slice(4);
  return h;
}

/** Does a rule written for `ruleHost` apply on a page of `host`? */
export function hostMatches(ruleHost: string, host: string): boolean {
  const r = normalHost(ruleHost);
  const h = normalHost(host);
  if (!r || !h) return false;
  return h === r || (h.length > r.length && h.endsWith(r) && h.charCodeAt(h.length - r.length - 1) === 46 /* . */);
}

/** The enabled rules that apply on `host`, in their order. */
export function rulesForHost(rules: readonly Rule[], host: string): Rule[] {
  if (!Array.isArray(rules)) return [];
  const out: Rule[] = [];
  for (const r of rules) {
    if (r && typeof r === 'object' && r.enabled !== false && typeof r.host === 'string' && hostMatches(r.host, host)) out.push(r);
  }
  return out;
}

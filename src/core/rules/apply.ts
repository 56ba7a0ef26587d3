// The reader's rules applied to the appeals the classifier found. Neither kind of rule looks
// at the classifier's score:
//  - a flag rule makes each element it names an appeal (its text blocks; confidence 1, reason
//    "your rule: <line>", kind from the rule, else from the classifier appeal it overlaps, else
//    donation), replacing every classifier finding (appeal or minor) whose blocks overlap it;
//  - a never rule removes every finding (classifier or forced) one of whose elements lies
//    inside an element it names (or is one), and every classifier finding that holds such an
//    element. A forced appeal that merely holds a never-flag element stays: the reader named
//    the whole box.
// Rules look only at the elements the walk found text in (the page model's block ranges): one
// bounded pass over those per rule, never a query over the whole page.
import type { AppealPage } from '../appeal-page.js';
import type { Region } from '../appeals.js';
import { placementReason } from '../placement.js';
import { placeRegion } from '../region-build.js';
import { cover } from '../region-cover.js';
import { PRIMARY_KINDS } from '../types.js';
import { hostMatches } from './hosts.js';
import { MAX_RULES, RULE_KINDS } from './parse.js';
import { containsFn, matchAmong, type MatchSource } from './selector.js';
import type { Rule, RuleKind } from './types.js';

/** Rules tried per page (the first ones that apply); a hostile list cannot make a scan slow. */
export const MAX_RULES_PER_PAGE = 200;

export interface RulesResult {
  readonly appeals: Region[];
  readonly minor: Region[];
  /** Sources of the rules that named at least one element, in rule order. */
  readonly applied: string[];
}

/**
 * The rules of `rules` that apply on a page of `host`: enabled, well-formed, for that host or
 * a parent domain. Without a host (a saved page, a text file: the CLI) every enabled rule applies.
 */
export function rulesForPage(rules: unknown, host: string | null): Rule[] {
  if (!Array.isArray(rules)) return [];
  const out: Rule[] = [];
  for (let i = 0; i < rules.length && i < MAX_RULES && out.length < MAX_RULES_PER_PAGE; i++) {
    const r: unknown = rules[i];
    if (!wellFormed(r) || !r.enabled) continue;
    if (host !== null && !hostMatches(r.host, host)) continue;
    out.push(r);
  }
  return out;
}

function wellFormed(r: unknown): r is Rule {
  if (!r || typeof r !== 'object') return false;
  const x = r as Record<string, unknown>;
  return typeof x.host === 'string' && (x.action === 'flag' || x.action === 'never')
    && (x.selector === null || typeof x.selector === 'string') && (x.text === null || typeof x.text === 'string')
    && (x.selector !== null || x.text !== null)
    && (x.kind === null || x.kind === undefined || (typeof x.kind === 'string' && (RULE_KINDS as readonly string[]).includes(x.kind)))
    && typeof x.source === 'string' && x.enabled !== false;
}

/** Applies `rules` (already chosen for the page) to the classifier's findings. Never throws: a failing rule is skipped. */
export function applyRules(p: AppealPage, rules: readonly Rule[], appeals: readonly Region[], minor: readonly Region[]): RulesResult {
  if (!rules.length) return { appeals: appeals.slice(), minor: minor.slice(), applied: [] };
  const root = p.model.root;
  const src = matchSource(p);
  const contains = containsFn(root);
  const within = (inner: Element, outer: Element): boolean => inner === outer || contains(outer, inner);
  const applied = new Set<Rule>();
  const forced: { region: Region; rule: Rule }[] = [];
  const neverMatches: Element[] = [];
  let kept = appeals.slice();
  let keptMinor = minor.slice();

  for (const rule of rules) {
    let matched: Element[];
    try {
      if (!mayMatch(p, rule)) continue;
      matched = matchAmong(src, rule, root);
    } catch {
      continue;
    }
    if (!matched.length) continue;
    applied.add(rule);
    if (rule.action === 'never') {
      neverMatches.push(...matched);
      continue;
    }
    for (const el of matched) {
      const r = p.rangeOf(el);
      if (!r || r[1] <= r[0]) continue;
      // A box already forced (by this rule or an earlier one) is not forced twice.
      if (forced.some((f) => f.region.start < r[1] && r[0] < f.region.end)) continue;
      const overlaps = (x: Region): boolean => x.start < r[1] && r[0] < x.end && x.blocks.some((k) => k >= r[0] && k < r[1]);
      const classifierKind = kept.find((x) => overlaps(x) && (PRIMARY_KINDS as readonly string[]).includes(x.kind))?.kind as RuleKind | undefined;
      const region = forcedRegion(p, el, r[0], r[1], rule, rule.kind ?? classifierKind ?? 'donation');
      if (!region) continue;
      kept = kept.filter((x) => !overlaps(x));
      keptMinor = keptMinor.filter((x) => !overlaps(x));
      forced.push({ region, rule });
    }
  }

  if (neverMatches.length) {
    const hit = (x: Region, both: boolean): boolean => x.elements.some((e) =>
      neverMatches.some((m) => within(e, m) || (both && contains(e, m))));
    kept = kept.filter((x) => !hit(x, true));
    keptMinor = keptMinor.filter((x) => !hit(x, true));
    for (let i = forced.length - 1; i >= 0; i--) if (hit(forced[i]!.region, false)) forced.splice(i, 1);
  }

  const all = [...kept, ...forced.map((f) => f.region)].sort((a, b) => a.start - b.start);
  return { appeals: all, minor: keptMinor, applied: rules.filter((r) => applied.has(r)).map((r) => r.source) };
}

/** The elements with text, in document order, and their text from the page's blocks. */
function matchSource(p: AppealPage): MatchSource {
  const { model } = p;
  let ordered: Element[] | null = null;
  const elements = (): Element[] => {
    if (ordered) return ordered;
    const list: { el: Element; s: number; e: number; d: number }[] = [];
    for (const [el, r] of model.ranges) if (r[1] > r[0]) list.push({ el, s: r[0], e: r[1], d: model.frames.get(el)?.depth ?? 0 });
    list.sort((a, b) => a.s - b.s || b.e - a.e || a.d - b.d);
    return (ordered = list.map((x) => x.el));
  };
  return {
    get elements(): Iterable<Element> {
      return elements();
    },
    prefix(el, want) {
      const r = model.ranges.get(el);
      if (!r) return '';
      let out = '';
      // Block texts are collapsed: at most one space per character, so twice the want is enough.
      for (let k = r[0]; k < r[1] && out.length < 2 * want + 64; k++) out += `${out ? ' ' : ''}${model.blocks[k]!.text}`;
      return out;
    },
    contains: (() => {
      const c = containsFn(model.root);
      return (a: Element, b: Element): boolean => a !== b && c(a, b);
    })(),
  };
}

/**
 * Can the rule match anything? A selector that is one compound of classes and ids (".a.b",
 * "div#c", "#d .e") needs each of them on the page (the walk collected every class and id).
 */
function mayMatch(p: AppealPage, rule: Rule): boolean {
  const sel = rule.selector;
  if (!sel || /[,:[\\]/.test(sel) || p.model.classes.size >= 50_000 || p.model.ids.size >= 50_000) return true;
  for (const m of sel.matchAll(/([.#])([A-Za-z_-][\w-]*)/g)) {
    const name = m[2]!.toLowerCase();
    if (m[1] === '.' ? !p.model.classes.has(name) : !p.model.ids.has(name)) return false;
  }
  return true;
}

function forcedRegion(p: AppealPage, el: Element, start: number, end: number, rule: Rule, kind: RuleKind): Region | null {
  const { placement } = placeRegion(p, start, end, el);
  const c = cover(p, start, end);
  const blocks = c.covered.length ? c.covered : Array.from({ length: end - start }, (_, i) => start + i);
  const elements = c.covered.length ? c.elements : [el];
  return {
    start, end, blocks, container: el, elements, kind, placement, confidence: 1,
    reasons: [`your rule: ${rule.source}`, placementReason(placement)],
    signals: ['rule'],
    text: blocks.map((k) => p.blocks[k]!.text).join('\n'),
  };
}

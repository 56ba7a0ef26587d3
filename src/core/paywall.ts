// The paywall verdict: JSON-LD access declarations, vendor scripts and DOM signatures,
// gate text, and a truncated body. Vendor presence alone never means "gated".
import type { Region } from './appeals.js';
import type { PageModel } from './blocks.js';
import type { Concept } from './lexicon/types.js';
import type { VendorSignal } from './signals/table.js';
import type { AccessDeclaration } from './signals/structured-data.js';
import { quote } from './signals/read.js';
import type { PaywallState, PaywallVerdict } from './types.js';

export interface PaywallInput {
  readonly model: PageModel;
  readonly access: AccessDeclaration;
  /** For each hasPart cssSelector: did it match an element? (null = selector invalid) */
  readonly selectorMatches: ReadonlyMap<string, boolean | null>;
  readonly domVendors: readonly VendorSignal[];
  /** A vendor gate element holds text (not just an empty container for a script). */
  readonly domGate: boolean;
  /** Regions that say the article is cut off (paywall appeals and free registration walls). */
  readonly gates: readonly Region[];
  /** Does the region's text mention the concept? */
  readonly says: (r: Region, c: Concept) => boolean;
  /** Does the page title name a premium tier (its own concept words or a "Plus" mark)? */
  readonly premiumTitle: boolean;
  readonly bodyWords: number;
  /** Meter counters seen anywhere on the page ("1 of 10 articles read"). */
  readonly meterText: string | null;
}

/** A product mark in a title: "XY Plus", "F+" (premium sections are named like this in many languages). */
const PREMIUM_MARK = /(?:^|[\s|:–-])\p{Lu}{1,5}\s?(?:Plus|PLUS|\+)(?![\p{L}\p{N}])/u;

/** A body shorter than this with a gate after it is a cut article (a full news story is longer). */
const GATED_BODY_WORDS = 400;

export function paywallVerdict(input: PaywallInput): PaywallVerdict {
  const signals: string[] = [];
  const { access } = input;
  for (const e of access.evidence) signals.push(e);
  for (const [sel, matched] of input.selectorMatches) {
    if (matched === false) signals.push(`JSON-LD cssSelector "${quote(sel, 40)}" matches nothing on the page`);
    else if (matched === true) signals.push(`JSON-LD cssSelector "${quote(sel, 40)}" marks a gated part`);
  }
  const vendors = new Map<string, string>();
  for (const v of input.model.scriptVendors) {
    if (!vendors.has(v.signal.id)) vendors.set(v.signal.id, `${v.signal.reason}${v.source !== 'inline script' ? ` (${hostOf(v.source)})` : ''}`);
  }
  for (const v of input.domVendors) if (!vendors.has(v.id)) vendors.set(v.id, v.reason);
  for (const r of vendors.values()) signals.push(r);

  // A gate is a paywall appeal that says the article is cut off, where the article is cut off:
  // the body left is short, or the gate covers the page. Gate words on a full article (a
  // subscribers-only comment section, a teaser label, a meter not used up) are no gate.
  const cut = input.bodyWords < GATED_BODY_WORDS;
  // A free sign-up overlay over a whole article is a prompt (POLICY: optional), not a gate.
  const gates = input.gates.filter((a) => cut || (a.placement === 'overlay' && a.kind !== 'other'));
  for (const g of gates) signals.push(`gate text: '${quote(g.text, 70)}'`);
  const domGate = input.domGate;
  const says = (c: Concept): boolean => gates.some((g) => input.says(g, c));
  const truncated = gates.length > 0 && input.bodyWords > 0 && input.bodyWords < 250;
  if (truncated) signals.push(`article body is short (${input.bodyWords} words) and ends at the gate`);
  if (input.meterText) signals.push(`meter: '${quote(input.meterText, 50)}'`);

  const detected = access.notFree || gates.length > 0 || domGate;
  const vendorRoles = new Set([...input.model.scriptVendors.map((v) => v.signal.role), ...input.domVendors.map((v) => v.role)]);
  let state: PaywallState;
  if (gates.length || domGate) {
    // A free account unlocks it when the gate speaks of registering and sells nothing.
    const sells = says('subscribe') || says('premium') || says('trial') || gates.some((g) => g.kind !== 'other' && /\d/.test(g.text) && says('period'));
    if (says('login') && !sells) state = 'registration';
    else if (says('meter')) state = 'metered';
    else state = 'hard';
  } else if (access.notFree) {
    const premiumMarked = [...input.selectorMatches.values()].some((m) => m === true) && input.bodyWords >= 250;
    if (premiumMarked || input.premiumTitle || PREMIUM_MARK.test(input.model.title ?? '')) state = 'premium-section';
    else if (input.meterText || vendorRoles.has('meter') || vendorRoles.has('paywall')) state = 'metered';
    else state = 'unknown';
  } else if (input.meterText) {
    state = 'metered';
  } else if (vendorRoles.has('paywall') || vendorRoles.has('meter')) {
    state = 'unknown';
  } else {
    state = 'free';
  }
  return { detected, state, signals: [...new Set(signals)] };
}

function hostOf(src: string): string {
  const m = /^(?:https?:)?\/\/([^/?#]+)/i.exec(src.trim());
  return m?.[1] ?? quote(src, 40);
}

// JSON-LD structured data: `isAccessibleForFree` (top level, in @graph, in hasPart with a
// cssSelector naming the gated part). Parsed defensively: pages get it wrong often.

export interface AccessDeclaration {
  /** true when some item says isAccessibleForFree=false. */
  readonly notFree: boolean;
  /** true when some item says isAccessibleForFree=true (and none false). */
  readonly free: boolean;
  /** cssSelectors of gated parts (hasPart). */
  readonly selectors: readonly string[];
  readonly evidence: readonly string[];
}

const MAX_JSON_CHARS = 200_000;
const MAX_NODES = 2_000;

function isFalse(v: unknown): boolean {
  return v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
}
function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}

/** Reads every ld+json text; never throws. */
export function readAccess(jsonTexts: readonly string[]): AccessDeclaration {
  let notFree = false;
  let free = false;
  const selectors: string[] = [];
  const evidence: string[] = [];
  for (const raw of jsonTexts) {
    if (raw.length > MAX_JSON_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      // Some pages hold invalid JSON-LD; fall back to a textual look.
      const m = /"isAccessibleForFree"\s*:\s*"?(false|true)"?/i.exec(raw);
      if (m?.[1]?.toLowerCase() === 'false') {
        notFree = true;
        evidence.push('JSON-LD isAccessibleForFree=false');
      }
      continue;
    }
    // Iterative walk: the data may be deep; never recurse.
    const stack: { node: unknown; inPart: boolean }[] = [{ node: data, inPart: false }];
    let visited = 0;
    while (stack.length && visited++ < MAX_NODES) {
      const { node, inPart } = stack.pop()!;
      if (Array.isArray(node)) {
        for (const item of node) stack.push({ node: item, inPart });
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const obj = node as Record<string, unknown>;
      const flag = Object.prototype.hasOwnProperty.call(obj, 'isAccessibleForFree') ? obj['isAccessibleForFree'] : undefined;
      if (isFalse(flag)) {
        notFree = true;
        const sel = obj['cssSelector'];
        if (inPart && typeof sel === 'string' && sel.trim()) {
          selectors.push(sel.trim());
          evidence.push(`JSON-LD hasPart isAccessibleForFree=false (cssSelector "${sel.trim().slice(0, 60)}")`);
        } else {
          evidence.push(`JSON-LD isAccessibleForFree=false${inPart ? ' (in hasPart)' : ''}`);
        }
      } else if (isTrue(flag) && !inPart) {
        free = true;
      }
      for (const key of Object.keys(obj)) {
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        const v = obj[key];
        if (v && typeof v === 'object') stack.push({ node: v, inPart: inPart || key === 'hasPart' });
      }
    }
  }
  return { notFree, free: free && !notFree, selectors: [...new Set(selectors)], evidence: [...new Set(evidence)] };
}

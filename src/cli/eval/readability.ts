// The baseline: @mozilla/readability (a devDependency, so loaded only when present).
import { performance } from 'node:perf_hooks';

type ReadabilityCtor = new (doc: Document) => { parse(): { textContent?: string | null } | null };

export interface Baseline {
  /** textContent of the article ('' when Readability finds none) and the parse time. */
  extract(doc: Document): { text: string; ms: number };
}

/** null when the package is not installed (e.g. a production install): eval runs without it. */
export async function loadReadability(): Promise<Baseline | null> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import('@mozilla/readability')) as Record<string, unknown>;
  } catch {
    return null;
  }
  const fromDefault = (mod.default as Record<string, unknown> | undefined)?.Readability;
  const Ctor = (mod.Readability ?? fromDefault) as ReadabilityCtor | undefined;
  if (typeof Ctor !== 'function') return null;
  return {
    extract(doc) {
      // Readability mutates the document it is given, so it always gets its own copy.
      const copy = doc.cloneNode(true) as Document;
      const t0 = performance.now();
      const article = new Ctor(copy).parse();
      return { text: article?.textContent ?? '', ms: performance.now() - t0 };
    },
  };
}

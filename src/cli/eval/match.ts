// POLICY.md's matching rule: a reported block matches a labelled item when its
// whitespace-collapsed text contains any of the item's `must` snippets.

export interface LabelItem {
  readonly kind: string;
  readonly must: readonly string[];
  readonly note?: string;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` must already be collapsed (callers collapse once per block, not once per snippet). */
export function containsAnySnippet(collapsedText: string, item: LabelItem): boolean {
  return item.must.some((s) => {
    const snippet = collapse(s);
    return snippet.length > 0 && collapsedText.includes(snippet);
  });
}

export interface BlockMatch {
  /** Indexes of the required appeals this block matches. */
  readonly required: readonly number[];
  /** True when the block matches at least one optional item. */
  readonly optional: boolean;
}

export function matchBlock(text: string, required: readonly LabelItem[], optional: readonly LabelItem[]): BlockMatch {
  const t = collapse(text);
  const req: number[] = [];
  required.forEach((item, i) => { if (containsAnySnippet(t, item)) req.push(i); });
  return { required: req, optional: optional.some((item) => containsAnySnippet(t, item)) };
}

/** Required appeals whose snippets appear in a body text: appeals leaked into the article. */
export function leakedAppeals(bodyText: string, required: readonly LabelItem[]): number[] {
  const t = collapse(bodyText);
  const out: number[] = [];
  required.forEach((item, i) => { if (containsAnySnippet(t, item)) out.push(i); });
  return out;
}

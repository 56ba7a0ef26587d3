// Functions that run INSIDE a test page (via Playwright/Puppeteer evaluate). They are serialised,
// so each must be self-contained: no imports, no references to anything outside its own body.

export interface PageSnapshot {
  /** What a reader sees (document.body.innerText). */
  readonly text: string;
  /** The body's serialised HTML: any attribute, style or node left behind shows up here. */
  readonly html: string;
  /** Attributes of <html>, as name=value. */
  readonly rootAttrs: readonly string[];
  /** Children of <html> (head, body, plus anything appended there). */
  readonly rootChildren: number;
}

export function pageSnapshot(): PageSnapshot {
  const root = document.documentElement;
  return {
    text: document.body.innerText,
    html: document.body.innerHTML,
    rootAttrs: Array.from(root.attributes, (a) => `${a.name}=${a.value}`),
    rootChildren: root.children.length,
  };
}

export interface FlaggedElement {
  readonly flag: string;
  readonly kind: string | null;
  readonly mode: string | null;
  readonly tag: string;
  readonly domId: string;
}

export interface Chip { readonly appealId: string | null; readonly text: string; readonly expanded: string | null }

export interface FlagState {
  /** <html data-appeal-spotter>, null when absent. */
  readonly on: string | null;
  /** <html data-appeal-spotter-count>, null when absent. */
  readonly count: string | null;
  readonly flagged: readonly FlaggedElement[];
  /** How many `[data-appeal-spotter-ui]` hosts exist anywhere in the document. */
  readonly uiHosts: number;
  /** Chips in the (open) shadow root of the UI host. */
  readonly chips: readonly Chip[];
  /** Elements in the UI's shadow root that page text would create if it were parsed as HTML. */
  readonly uiMarkup: number;
}

export function flagState(): FlagState {
  const root = document.documentElement;
  const hosts = document.querySelectorAll('[data-appeal-spotter-ui]');
  const shadow = hosts[0]?.shadowRoot ?? null;
  return {
    on: root.getAttribute('data-appeal-spotter'),
    count: root.getAttribute('data-appeal-spotter-count'),
    flagged: Array.from(document.querySelectorAll('[data-appeal-spotter-flag]'), (el) => ({
      flag: el.getAttribute('data-appeal-spotter-flag') ?? '',
      kind: el.getAttribute('data-appeal-spotter-kind'),
      mode: el.getAttribute('data-appeal-spotter-mode'),
      tag: el.tagName.toLowerCase(),
      domId: el.id,
    })),
    uiHosts: hosts.length,
    chips: shadow === null ? [] : Array.from(shadow.querySelectorAll('.chip'), (c) => ({
      appealId: c.getAttribute('data-appeal-id'),
      text: (c.textContent ?? '').trim(),
      expanded: c.getAttribute('aria-expanded'),
    })),
    uiMarkup: shadow === null ? 0 : shadow.querySelectorAll('script, [onerror], img[src="x"]').length,
  };
}

/**
 * The appeal ids that cover the element matching `selector`: flags on the element itself, on an
 * ancestor, or on a descendant (the scanner may pick the box, its wrapper or its inner blocks).
 * Returns null when the selector matches nothing.
 */
export function flagsCovering(selector: string): string[] | null {
  const el = document.querySelector(selector);
  if (el === null) return null;
  const ids = new Set<string>();
  for (let a: Element | null = el; a !== null; a = a.parentElement) {
    const f = a.getAttribute('data-appeal-spotter-flag');
    if (f !== null && a !== document.body && a !== document.documentElement) ids.add(f);
  }
  for (const d of Array.from(el.querySelectorAll('[data-appeal-spotter-flag]'))) ids.add(d.getAttribute('data-appeal-spotter-flag') ?? '');
  return [...ids];
}

/**
 * Resolves with the milliseconds between the page injecting `#late-epic` (it records
 * window.__appealInjectedAt) and the extension flagging it, watched with a MutationObserver so
 * the measurement does not depend on polling or on the tab being in front.
 */
export function lateFlagDelay(timeoutMs: number): Promise<{ delayMs: number; flags: string[] } | { timedOut: true; injected: boolean }> {
  const w = window as unknown as { __appealInjectedAt?: number };
  return new Promise((resolve) => {
    const covering = (): string[] => {
      const el = document.getElementById('late-epic');
      if (el === null) return [];
      const ids = new Set<string>();
      for (let a: Element | null = el; a !== null && a !== document.body; a = a.parentElement) {
        const f = a.getAttribute('data-appeal-spotter-flag');
        if (f !== null) ids.add(f);
      }
      for (const d of Array.from(el.querySelectorAll('[data-appeal-spotter-flag]'))) ids.add(d.getAttribute('data-appeal-spotter-flag') ?? '');
      return [...ids];
    };
    const observer = new MutationObserver(() => {
      const flags = covering();
      if (flags.length > 0 && w.__appealInjectedAt !== undefined) {
        const delayMs = performance.now() - w.__appealInjectedAt;
        observer.disconnect();
        clearTimeout(timer);
        resolve({ delayMs, flags });
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve({ timedOut: true, injected: w.__appealInjectedAt !== undefined });
    }, timeoutMs);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-appeal-spotter-flag'] });
  });
}

/** What the popup shows, read from its DOM (the popup's contract). */
export interface PopupState {
  readonly state: string | null;
  readonly count: string | null;
  readonly toggleChecked: boolean | null;
  readonly toggleRole: string | null;
  readonly toggleLabel: string;
  readonly appeals: ReadonlyArray<{
    readonly id: string | null;
    readonly kind: string | null;
    readonly kindText: string;
    readonly excerpt: string;
    readonly confidence: string;
    readonly reasons: readonly string[];
    readonly hasShow: boolean;
  }>;
  /** Elements in the appeal list that page text would create if it were parsed as HTML. */
  readonly listMarkup: number;
  readonly mode: string | null;
}

export function popupState(): PopupState {
  const toggle = document.querySelector<HTMLInputElement>('input#site-toggle');
  const summary = document.getElementById('summary');
  const list = document.querySelector('ol#appeals');
  return {
    state: summary?.getAttribute('data-state') ?? null,
    count: summary?.getAttribute('data-count') ?? null,
    toggleChecked: toggle === null ? null : toggle.checked,
    toggleRole: toggle?.getAttribute('role') ?? null,
    toggleLabel: (document.querySelector('label[for="site-toggle"]')?.textContent ?? '').trim(),
    appeals: Array.from(document.querySelectorAll('ol#appeals > li.appeal'), (li) => ({
      id: li.getAttribute('data-appeal-id'),
      kind: li.getAttribute('data-kind'),
      kindText: (li.querySelector('.appeal-kind')?.textContent ?? '').trim(),
      excerpt: li.querySelector('.appeal-excerpt')?.textContent ?? '',
      confidence: (li.querySelector('.appeal-confidence')?.textContent ?? '').trim(),
      reasons: Array.from(li.querySelectorAll('ul.appeal-reasons > li'), (r) => (r.textContent ?? '').trim()),
      hasShow: li.querySelector('button.appeal-show') !== null,
    })),
    listMarkup: list === null ? 0 : list.querySelectorAll('script, [onerror], img[src="x"]').length,
    mode: document.querySelector<HTMLSelectElement>('select#mode')?.value ?? null,
  };
}

/**
 * Vertical space between the bottom of `aboveSel` and the top of `belowSel`: the room an appeal
 * between them takes in the layout, whichever of its elements the extension flagged.
 */
export function gapBetween(sels: { above: string; below: string }): number | null {
  const a = document.querySelector(sels.above);
  const b = document.querySelector(sels.below);
  if (a === null || b === null) return null;
  return b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
}

/** Whether the reader can see `phrase` (innerText leaves out display:none and visibility:hidden text). */
export function readerSees(phrase: string): boolean {
  return document.body.innerText.includes(phrase);
}

/**
 * Runs before the page's own scripts (addInitScript / evaluateOnNewDocument): records in
 * window.__appealSpotterOnAt when the extension first marks <html data-appeal-spotter="on">,
 * i.e. when its first scan landed, on the page's performance.now() clock.
 */
export function recordFirstScan(): void {
  const w = window as unknown as { __appealSpotterOnAt?: number };
  const observer = new MutationObserver(() => {
    if (w.__appealSpotterOnAt === undefined && document.documentElement?.getAttribute('data-appeal-spotter') === 'on') {
      w.__appealSpotterOnAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-appeal-spotter'] });
}

/** When the first scan landed (see recordFirstScan) and when the page injected its late appeal (window.__appealInjectedAt). */
export function scanAndInjectionTimes(): { firstScanAt: number | null; injectedAt: number | null } {
  const w = window as unknown as { __appealSpotterOnAt?: number; __appealInjectedAt?: number };
  return { firstScanAt: w.__appealSpotterOnAt ?? null, injectedAt: w.__appealInjectedAt ?? null };
}

// Flags appeals in place: data attributes on the page's own elements (the outline/collapse/hide
// styling keys off them) and label chips in ONE shadow-root host. Only attributes are added to
// page elements, never text or nodes, so clearing restores the page's DOM exactly.
import type { AppealKind } from '../core/types.js';
import type { Mode } from '../shared/settings.js';
import type { FlagTarget } from './report.js';
import { HOST_STYLE, PAGE_CSS, SHADOW_CSS } from './styles.js';

export const ATTR = Object.freeze({
  root: 'data-appeal-spotter',
  count: 'data-appeal-spotter-count',
  flag: 'data-appeal-spotter-flag',
  kind: 'data-appeal-spotter-kind',
  mode: 'data-appeal-spotter-mode',
  expanded: 'data-appeal-spotter-expanded',
  part: 'data-appeal-spotter-part',
  pulse: 'data-appeal-spotter-pulse',
  ui: 'data-appeal-spotter-ui',
  style: 'data-appeal-spotter-style',
});
const ELEMENT_ATTRS = [ATTR.flag, ATTR.kind, ATTR.mode, ATTR.expanded, ATTR.part, ATTR.pulse] as const;
const PULSE_MS = 1600;

export interface FlagStrings {
  kind(kind: AppealKind): string;
  readonly expand: string;
  readonly collapse: string;
  /** The chip's menu button (aria-label) and its one item. */
  readonly menu: string;
  readonly notAppeal: string;
}

export interface FlagGeometry {
  /** Viewport rect of an element, or null when it has no box. */
  rect(el: Element): { top: number; left: number; width: number; height: number } | null;
  /** true when the element or an ancestor is position: fixed (chip must be fixed too). */
  fixed(el: Element): boolean;
  scroll(): { x: number; y: number };
}

interface Flagged {
  readonly target: FlagTarget;
  readonly wrap: HTMLElement;
  readonly chip: HTMLButtonElement;
  readonly menuButton: HTMLButtonElement;
  /** Where the chip was last put, and the element and fixed-ness it was measured from. */
  placed?: { top: number; left: number; fixed: boolean };
  anchor?: Element;
  fixed?: boolean;
}

type SheetDoc = { adoptedStyleSheets?: CSSStyleSheet[] };

export class Flagger {
  private readonly flagged = new Map<string, Flagged>();
  /** Appeals the reader expanded: kept across rescans (ids may change, elements do not), reset by a new mode. */
  private expanded = new WeakSet<Element>();
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  /** A second container in the shadow root that apply() leaves alone (the picker draws there). */
  private overlayEl: HTMLElement | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private sheet: CSSStyleSheet | null = null;
  private mode: Mode = 'highlight';
  private pulseTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Places the chips after the browser's next layout instead of forcing one now (set by the
   * controller when a ResizeObserver can call back after layout); null: place synchronously.
   */
  placeAfterLayout: (() => void) | null = null;
  /** "Not an appeal" chosen in a chip's menu (set by the controller); null: chips have no menu (no rules on this host). */
  onNotAppeal: ((id: string) => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly strings: FlagStrings,
    private readonly geometry: FlagGeometry,
    private readonly guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void,
  ) {}

  /** The extension's own nodes: the scan and the mutation observer ignore them. */
  isOwn(node: Node): boolean {
    if (node === this.host || node === this.styleEl) return true;
    // The chips live in the host's shadow root, which contains() never reaches: only light-DOM
    // children (none, unless the page moved some in) can be inside. Asked for every element a
    // scan visits, so the common case is one pointer read instead of an ancestor walk.
    return this.host !== null && this.host.firstChild !== null && this.host.contains(node);
  }

  /** Cheaper isOwn for a node whose parent is a page node: only our roots can be ours there. */
  isOwnRoot(node: Node): boolean {
    return node === this.host || node === this.styleEl;
  }

  get count(): number { return this.flagged.size; }

  /** true when an element we flagged has left the document (the page removed an appeal). */
  lostElement(): boolean {
    for (const f of this.flagged.values()) for (const el of f.target.elements) if (!el.isConnected) return true;
    return false;
  }

  /** Flags exactly `targets` (replacing any previous flags). Idempotent. */
  apply(targets: readonly FlagTarget[], mode: Mode): void {
    if (mode !== this.mode) this.expanded = new WeakSet(); // a new mode is a new choice: hide means hidden
    this.mode = mode;
    this.removeElementFlags();
    this.ensureStyles();
    const layer = this.ensureLayer();
    layer.replaceChildren();
    this.flagged.clear();
    for (const target of targets) {
      if (this.flagged.has(target.id)) continue;
      const elements = target.elements.filter((el) => el.isConnected && !this.isOwn(el) && el !== this.doc.documentElement && el !== this.doc.body);
      if (elements.length === 0) continue;
      const t: FlagTarget = { ...target, elements };
      const open = elements.some((el) => this.expanded.has(el));
      elements.forEach((el, i) => {
        el.setAttribute(ATTR.flag, t.id);
        el.setAttribute(ATTR.kind, t.kind);
        if (mode !== 'highlight') el.setAttribute(ATTR.mode, mode);
        if (mode === 'collapse' && i > 0) el.setAttribute(ATTR.part, 'rest');
        if (open) el.setAttribute(ATTR.expanded, '');
      });
      const { wrap, chip, menuButton } = this.makeChip(t, open);
      layer.append(wrap);
      this.flagged.set(t.id, { target: t, wrap, chip, menuButton });
    }
    const root = this.doc.documentElement;
    root.setAttribute(ATTR.root, 'on');
    root.setAttribute(ATTR.count, String(this.flagged.size));
    if (this.placeAfterLayout) this.placeAfterLayout(); else this.reposition();
  }

  /** Removes every trace: attributes, chips, styles, root markers. */
  clear(): void {
    this.removeElementFlags();
    this.flagged.clear();
    if (this.pulseTimer !== null) clearTimeout(this.pulseTimer);
    this.pulseTimer = null;
    this.host?.remove();
    this.host = null;
    this.layer = null;
    this.overlayEl = null;
    this.styleEl?.remove();
    this.styleEl = null;
    if (this.sheet) {
      const d = this.doc as unknown as SheetDoc;
      try { d.adoptedStyleSheets = (d.adoptedStyleSheets ?? []).filter((s) => s !== this.sheet); } catch { /* gone with the page */ }
      this.sheet = null;
    }
    const root = this.doc.documentElement;
    root.removeAttribute(ATTR.root);
    root.removeAttribute(ATTR.count);
  }

  /** The flagged appeal with this id, if any. */
  target(id: string): FlagTarget | undefined {
    return this.flagged.get(id)?.target;
  }

  /** Unflags one appeal at once (its attributes and chip go; the others stay). Returns what it was. */
  unflag(id: string): FlagTarget | undefined {
    const f = this.flagged.get(id);
    if (!f) return undefined;
    this.flagged.delete(id);
    for (const el of f.target.elements) for (const a of ELEMENT_ATTRS) if (el.hasAttribute(a)) el.removeAttribute(a);
    f.wrap.remove();
    this.doc.documentElement.setAttribute(ATTR.count, String(this.flagged.size));
    return f.target;
  }

  /** The container the picker draws in: inside the shadow root, kept across apply(), gone with clear(). */
  overlay(): HTMLElement {
    this.ensureLayer();
    return this.overlayEl as HTMLElement;
  }

  /** Scrolls to an appeal, reveals it if collapsed/hidden, and pulses its outline. */
  show(id: string): boolean {
    const f = this.flagged.get(id);
    const first = f?.target.elements[0];
    if (!f || !first) return false;
    if (this.mode !== 'highlight') this.setExpanded(f, true);
    try { first.scrollIntoView({ block: 'center', behavior: 'smooth' }); } catch { first.scrollIntoView(); }
    for (const el of f.target.elements) el.setAttribute(ATTR.pulse, '');
    if (this.pulseTimer !== null) clearTimeout(this.pulseTimer);
    this.pulseTimer = setTimeout(this.guard(() => {
      this.pulseTimer = null;
      for (const el of f.target.elements) el.removeAttribute(ATTR.pulse);
    }), PULSE_MS);
    f.chip.focus({ preventScroll: true });
    return true;
  }

  /**
   * Moves the chips to their appeals' current boxes (after layout changes). Reads every box
   * first, then writes only what changed, so an unmoved page costs reads of a clean layout and
   * no style invalidation. `full` re-checks which appeals sit in fixed containers (a computed-
   * style walk up the tree): after a rescan or a resize, not on every frame of a growing page.
   * Returns true when a chip moved or was shown or hidden.
   */
  reposition(full = true): boolean {
    if (this.flagged.size === 0) return false;
    const { x, y } = this.geometry.scroll();
    const moves: { f: Flagged; hidden: boolean; fixed: boolean; top: number; left: number }[] = [];
    for (const f of this.flagged.values()) {
      let el: Element | undefined;
      let rect: ReturnType<FlagGeometry['rect']> = null;
      for (const e of f.target.elements) { rect = this.geometry.rect(e); if (rect) { el = e; break; } }
      const hidden = rect === null || (this.mode === 'hide' && !f.target.elements.some((e) => this.expanded.has(e)));
      if (!rect || !el) { moves.push({ f, hidden, fixed: false, top: NaN, left: NaN }); continue; }
      if (full || f.fixed === undefined || f.anchor !== el) { f.fixed = this.geometry.fixed(el); f.anchor = el; }
      const fixed = f.fixed;
      // Top-right corner, astride the outline: covers as little of the appeal's text as possible.
      const top = Math.round(Math.max(0, rect.top - 10 + (fixed ? 0 : y)));
      const left = Math.round(Math.max(0, rect.left + rect.width + (fixed ? 0 : x)));
      moves.push({ f, hidden, fixed, top, left });
    }
    let moved = false;
    for (const m of moves) {
      const f = m.f;
      if (f.wrap.hidden !== m.hidden) { f.wrap.hidden = m.hidden; moved = true; }
      if (Number.isNaN(m.top)) continue;
      const placed = f.placed;
      if (placed && placed.top === m.top && placed.left === m.left && placed.fixed === m.fixed) continue;
      if (m.fixed) f.wrap.setAttribute('data-fixed', ''); else f.wrap.removeAttribute('data-fixed');
      f.wrap.style.top = `${m.top}px`;
      f.wrap.style.left = `${m.left}px`;
      f.placed = { top: m.top, left: m.left, fixed: m.fixed };
      moved = true;
    }
    return moved;
  }

  private setExpanded(f: Flagged, open: boolean): void {
    for (const el of f.target.elements) {
      if (open) { this.expanded.add(el); el.setAttribute(ATTR.expanded, ''); } else { this.expanded.delete(el); el.removeAttribute(ATTR.expanded); }
    }
    if (this.mode === 'collapse') {
      f.chip.setAttribute('aria-expanded', String(open));
      this.setChipLabel(f.chip, f.target.kind, open);
    }
    this.reposition();
  }

  private setChipLabel(chip: HTMLButtonElement, kind: AppealKind, open: boolean): void {
    const label = chip.querySelector('.label');
    if (!label) return;
    label.textContent = this.mode === 'collapse' ? `${this.strings.kind(kind)} · ${open ? this.strings.collapse : this.strings.expand}` : this.strings.kind(kind);
  }

  private makeChip(t: FlagTarget, open: boolean): { wrap: HTMLElement; chip: HTMLButtonElement; menuButton: HTMLButtonElement } {
    const d = this.doc;
    const wrap = d.createElement('div');
    wrap.className = 'wrap';
    const chip = d.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.setAttribute('data-appeal-id', t.id);
    chip.setAttribute('data-kind', t.kind);
    const label = d.createElement('span');
    label.className = 'label';
    chip.append(label);
    const tip = d.createElement('span');
    tip.className = 'reasons';
    tip.id = `reasons-${t.id}`;
    tip.setAttribute('role', 'tooltip');
    for (const reason of t.reasons) {
      const line = d.createElement('span');
      line.textContent = reason; // page-derived: text only, never markup
      tip.append(line);
    }
    chip.setAttribute('aria-describedby', tip.id);
    const { menuButton, menu } = this.makeMenu(t.id, wrap);
    if (this.onNotAppeal) wrap.append(chip, menuButton, tip, menu); else wrap.append(chip, tip);
    if (this.mode === 'collapse') chip.setAttribute('aria-expanded', String(open));
    this.setChipLabel(chip, t.kind, open);
    chip.addEventListener('click', this.guard((ev: Event) => {
      ev.preventDefault();
      ev.stopPropagation();
      const f = this.flagged.get(t.id);
      if (f && this.mode === 'collapse') this.setExpanded(f, chip.getAttribute('aria-expanded') !== 'true');
    }));
    return { wrap, chip, menuButton };
  }

  /**
   * The chip's menu: a button (aria-haspopup) that opens a one-item menu, "Not an appeal".
   * Enter/Space on the button opens it with the item focused; Esc or leaving it closes it and
   * focus returns to the button. Events stop here: the page never sees clicks or keys on our UI.
   */
  private makeMenu(id: string, wrap: HTMLElement): { menuButton: HTMLButtonElement; menu: HTMLElement } {
    const d = this.doc;
    const menuButton = d.createElement('button');
    menuButton.type = 'button';
    menuButton.className = 'menu-button';
    menuButton.textContent = '\u22EF'; // ⋯
    menuButton.setAttribute('aria-haspopup', 'menu');
    menuButton.setAttribute('aria-expanded', 'false');
    menuButton.setAttribute('aria-label', this.strings.menu);
    menuButton.title = this.strings.menu;
    const menu = d.createElement('div');
    menu.className = 'menu';
    menu.setAttribute('role', 'menu');
    menu.id = `menu-${id}`;
    menu.hidden = true;
    menuButton.setAttribute('aria-controls', menu.id);
    const item = d.createElement('button');
    item.type = 'button';
    item.className = 'menu-item not-appeal';
    item.setAttribute('role', 'menuitem');
    item.textContent = this.strings.notAppeal;
    menu.append(item);
    const setOpen = (open: boolean, focusBack = false): void => {
      menu.hidden = !open;
      menuButton.setAttribute('aria-expanded', String(open));
      if (open) wrap.setAttribute('data-menu-open', ''); else wrap.removeAttribute('data-menu-open');
      if (open) item.focus({ preventScroll: true });
      else if (focusBack) menuButton.focus({ preventScroll: true });
    };
    const stop = (ev: Event): void => { ev.stopPropagation(); };
    menuButton.addEventListener('click', this.guard((ev: Event) => {
      ev.preventDefault();
      ev.stopPropagation();
      setOpen(menu.hidden);
    }));
    item.addEventListener('click', this.guard((ev: Event) => {
      ev.preventDefault();
      ev.stopPropagation();
      setOpen(false);
      this.onNotAppeal?.(id);
    }));
    wrap.addEventListener('keydown', this.guard((ev: KeyboardEvent) => {
      if (ev.key === 'Escape' && !menu.hidden) {
        ev.preventDefault();
        ev.stopPropagation();
        setOpen(false, true);
        return;
      }
      if ((ev.key === 'ArrowDown' || ev.key === 'ArrowUp') && !menu.hidden) { ev.preventDefault(); item.focus({ preventScroll: true }); }
      stop(ev);
    }));
    wrap.addEventListener('keyup', stop);
    wrap.addEventListener('focusout', this.guard((ev: FocusEvent) => {
      const next = ev.relatedTarget as Node | null;
      if (!menu.hidden && (next === null || !wrap.contains(next))) setOpen(false);
    }));
    return { menuButton, menu };
  }

  private ensureLayer(): HTMLElement {
    if (this.host?.isConnected && this.layer) return this.layer;
    this.host?.remove();
    const d = this.doc;
    const host = d.createElement('div');
    host.setAttribute(ATTR.ui, '');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'open' });
    if (!adoptSheet(shadow, d, SHADOW_CSS)) {
      const style = d.createElement('style');
      style.textContent = SHADOW_CSS;
      shadow.append(style);
    }
    const layer = d.createElement('div');
    layer.className = 'layer';
    const overlay = d.createElement('div');
    overlay.className = 'overlay';
    shadow.append(layer, overlay);
    d.documentElement.append(host);
    this.host = host;
    this.layer = layer;
    this.overlayEl = overlay;
    return layer;
  }

  private ensureStyles(): void {
    if (this.sheet || this.styleEl?.isConnected) return;
    const sheet = adoptSheet(this.doc as unknown as SheetDoc, this.doc, PAGE_CSS);
    if (sheet) { this.sheet = sheet; return; }
    const style = this.doc.createElement('style');
    style.setAttribute(ATTR.style, '');
    style.textContent = PAGE_CSS;
    (this.doc.head ?? this.doc.documentElement).append(style);
    this.styleEl = style;
  }

  private removeElementFlags(): void {
    const seen = new Set<Element>();
    for (const f of this.flagged.values()) for (const el of f.target.elements) seen.add(el);
    // Also anything still carrying our attribute (e.g. flagged by an earlier, lost instance).
    for (const el of Array.from(this.doc.querySelectorAll(`[${ATTR.flag}]`))) seen.add(el);
    for (const el of seen) for (const a of ELEMENT_ATTRS) if (el.hasAttribute(a)) el.removeAttribute(a);
  }
}

/**
 * A constructed stylesheet adopted by the document/shadow root: untouched by page CSP and
 * invisible in the DOM. Returns null where that is unavailable (jsdom, some content-script
 * sandboxes); the caller then falls back to a <style> element.
 */
function adoptSheet(target: SheetDoc, doc: Document, css: string): CSSStyleSheet | null {
  try {
    const Ctor = doc.defaultView?.CSSStyleSheet;
    if (!Ctor || !Array.isArray(target.adoptedStyleSheets)) return null;
    const sheet = new Ctor();
    if (typeof sheet.replaceSync !== 'function') return null;
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return target.adoptedStyleSheets.includes(sheet) ? sheet : null;
  } catch {
    return null;
  }
}

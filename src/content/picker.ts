// The element picker ("Flag something it missed"), after uBlock Origin's: the element under the
// pointer is outlined by a box in our shadow root (pointer-events: none, so the page's layout and
// hit-testing are untouched); ArrowUp or wheel-up widens to the parent, ArrowDown or wheel-down
// narrows back; Enter or a click chooses, Esc cancels. Then a small chooser asks for the kind.
// While picking, the page never sees the keys and clicks the picker uses (capture phase on the
// window, stopped there); every listener is removed when the picker ends, whichever way.
import type { RuleKind } from '../core/rules/types.js';

export interface PickerStrings {
  /** One line telling the keys, shown at the top while picking. */
  readonly hint: string;
  /** The kind chooser's question ("What does it ask for?"). */
  readonly question: string;
  readonly cancel: string;
  kind(kind: RuleKind): string;
}

export interface PickerDeps {
  readonly doc: Document;
  readonly win: Window;
  /** Where the picker draws: a container inside the extension's shadow root. */
  readonly container: HTMLElement;
  /** The extension's own nodes (the chips' host): never picked. */
  readonly isOwn: (node: Node) => boolean;
  readonly strings: PickerStrings;
  /** Wraps every callback (the controller's guard: nothing is thrown into the page). */
  readonly guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;
  readonly onChoose: (el: Element, kind: RuleKind) => void;
  /** Called once when the picker ends (chosen or cancelled). */
  readonly onEnd?: () => void;
}

export const PICKER_KINDS: readonly RuleKind[] = ['donation', 'subscription', 'paywall'];
/** Pointer and key events the page must not see while picking. */
const SWALLOWED_POINTER = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick'] as const;
const PICK_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'Enter', 'Escape', ' ']);

type Phase = 'idle' | 'pick' | 'kind' | 'done';
interface Listener { readonly target: EventTarget; readonly type: string; readonly fn: EventListener; readonly options: AddEventListenerOptions }

export class Picker {
  private phase: Phase = 'idle';
  private current: Element | null = null;
  /** The way back down after widening: ArrowDown returns to the last element widened from. */
  private narrower: Element[] = [];
  private listeners: Listener[] = [];
  private box: HTMLElement | null = null;
  private hint: HTMLElement | null = null;
  private chooser: HTMLElement | null = null;
  private previousFocus: Element | null = null;
  private lastX = NaN;
  private lastY = NaN;

  constructor(private readonly deps: PickerDeps) {}

  get active(): boolean { return this.phase === 'pick' || this.phase === 'kind'; }
  /** The element the picker would choose now (for tests and the kind phase). */
  get candidate(): Element | null { return this.current; }
  /** Listeners currently attached (0 once it has ended). */
  get listenerCount(): number { return this.listeners.length; }

  start(): void {
    if (this.phase !== 'idle') return;
    const { doc, win, container, strings } = this.deps;
    this.phase = 'pick';
    this.previousFocus = doc.activeElement;
    const box = doc.createElement('div');
    box.className = 'pick-box';
    box.hidden = true;
    const hint = doc.createElement('div');
    hint.className = 'pick-hint';
    hint.setAttribute('role', 'status');
    hint.textContent = strings.hint;
    container.replaceChildren(box, hint);
    this.box = box;
    this.hint = hint;

    const capture = { capture: true };
    const active = { capture: true, passive: false };
    this.listen(win, 'mousemove', (ev) => this.onMove(ev as MouseEvent), { capture: true, passive: true });
    for (const type of SWALLOWED_POINTER) this.listen(win, type, (ev) => this.onPointer(ev as MouseEvent), active);
    this.listen(win, 'wheel', (ev) => this.onWheel(ev as WheelEvent), active);
    this.listen(win, 'keydown', (ev) => this.onKey(ev as KeyboardEvent), active);
    for (const type of ['keyup', 'keypress']) {
      this.listen(win, type, (ev) => { if (PICK_KEYS.has((ev as KeyboardEvent).key)) swallow(ev); }, active);
    }
    this.listen(win, 'scroll', () => this.draw(), { capture: true, passive: true });
    this.listen(win, 'resize', () => this.draw(), capture);
    // Keyboard only: start from what is in the middle of the window.
    try {
      this.hover(doc.elementFromPoint(Math.floor(win.innerWidth / 2), Math.floor(win.innerHeight / 2)));
    } catch { /* no layout: wait for the pointer */ }
  }

  /** Ends the picker without choosing. Idempotent. */
  cancel(): void {
    this.finish();
  }

  /** Widens to the parent (ArrowUp, wheel up). */
  widen(): void {
    const cur = this.current;
    const parent = cur?.parentElement ?? null;
    if (!cur || !parent || !this.pickable(parent)) return;
    this.narrower.push(cur);
    this.current = parent;
    this.draw();
  }

  /** Narrows back to the element widened from, else to the first child with a box (ArrowDown, wheel down). */
  narrow(): void {
    const cur = this.current;
    if (!cur) return;
    const back = this.narrower.pop();
    if (back && cur.contains(back)) {
      this.current = back;
    } else {
      this.narrower = [];
      const kids = Array.from(cur.children).filter((c) => this.pickable(c));
      const child = kids.find(hasBox) ?? kids[0];
      if (!child) return;
      this.current = child;
    }
    this.draw();
  }

  /** Chooses the current element: the kind chooser follows. */
  choose(): void {
    if (this.phase !== 'pick' || !this.current) return;
    const { doc, strings, guard } = this.deps;
    this.phase = 'kind';
    // Picking is over: only the box and the chooser's own handlers stay.
    this.removeListeners();
    this.listen(this.deps.win, 'scroll', () => this.draw(), { capture: true, passive: true });
    this.listen(this.deps.win, 'resize', () => this.draw(), { capture: true });
    if (this.hint) this.hint.hidden = true;
    const chooser = doc.createElement('div');
    chooser.className = 'pick-kinds';
    chooser.setAttribute('role', 'dialog');
    chooser.setAttribute('aria-label', strings.question);
    const q = doc.createElement('p');
    q.textContent = strings.question;
    chooser.append(q);
    const buttons: HTMLButtonElement[] = [];
    for (const kind of PICKER_KINDS) {
      const b = doc.createElement('button');
      b.type = 'button';
      b.dataset['kind'] = kind;
      b.textContent = strings.kind(kind);
      b.addEventListener('click', guard((ev: Event) => { swallow(ev); this.chooseKind(kind); }));
      buttons.push(b);
    }
    const cancel = doc.createElement('button');
    cancel.type = 'button';
    cancel.className = 'cancel';
    cancel.textContent = strings.cancel;
    cancel.addEventListener('click', guard((ev: Event) => { swallow(ev); this.finish(); }));
    chooser.append(...buttons, cancel);
    // Keys and clicks inside the chooser are ours: the page does not see them (they would bubble out of the shadow root).
    chooser.addEventListener('keydown', guard((ev: KeyboardEvent) => {
      if (ev.key === 'Escape') { swallow(ev); this.finish(); return; }
      const all = [...buttons, cancel];
      const at = all.indexOf(ev.target as HTMLButtonElement);
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
        ev.preventDefault();
        all[(at + (ev.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length]?.focus({ preventScroll: true });
      }
      ev.stopPropagation();
    }));
    for (const type of ['keyup', 'keypress', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click']) {
      chooser.addEventListener(type, (ev) => { ev.stopPropagation(); });
    }
    this.deps.container.append(chooser);
    this.chooser = chooser;
    buttons[0]?.focus({ preventScroll: true });
  }

  private chooseKind(kind: RuleKind): void {
    const el = this.current;
    if (this.phase !== 'kind' || !el) return;
    this.finish();
    this.deps.onChoose(el, kind);
  }

  private finish(): void {
    if (this.phase === 'done') return;
    const wasActive = this.phase !== 'idle';
    this.phase = 'done';
    this.removeListeners();
    for (const el of [this.box, this.hint, this.chooser]) el?.remove();
    this.box = this.hint = this.chooser = null;
    const back = this.previousFocus as HTMLElement | null;
    this.previousFocus = null;
    try { if (back && back.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true }); } catch { /* ignore */ }
    if (wasActive) this.deps.onEnd?.();
  }

  private listen(target: EventTarget, type: string, fn: (ev: Event) => void, options: AddEventListenerOptions): void {
    const wrapped = this.deps.guard(fn) as EventListener;
    target.addEventListener(type, wrapped, options);
    this.listeners.push({ target, type, fn: wrapped, options });
  }

  private removeListeners(): void {
    for (const l of this.listeners) {
      try { l.target.removeEventListener(l.type, l.fn, l.options); } catch { /* the window is gone */ }
    }
    this.listeners = [];
  }

  private pickable(el: Element): boolean {
    const { doc, isOwn } = this.deps;
    return el !== doc.documentElement && el !== doc.body && el !== doc.head && !isOwn(el) && el.closest('head') === null;
  }

  private hover(el: Element | null): void {
    if (!el || !this.pickable(el)) return;
    // Widened and still inside the wider element: keep it (a twitch of the mouse must not undo ArrowUp).
    if (this.current && this.narrower.length > 0 && this.current.contains(el)) return;
    if (el === this.current) return;
    this.current = el;
    this.narrower = [];
    this.draw();
  }

  private onMove(ev: MouseEvent): void {
    if (this.phase !== 'pick') return;
    // The browser sends a mousemove without a move after the page scrolls under a still pointer
    // (a wheel it would not let us cancel): only a real move picks another element.
    if (ev.clientX === this.lastX && ev.clientY === this.lastY) return;
    this.lastX = ev.clientX;
    this.lastY = ev.clientY;
    this.hover(this.deps.doc.elementFromPoint(ev.clientX, ev.clientY));
  }

  private onPointer(ev: MouseEvent): void {
    if (this.phase !== 'pick') return;
    swallow(ev);
    if (ev.type !== 'click' || ev.button !== 0) return;
    const under = this.deps.doc.elementFromPoint(ev.clientX, ev.clientY);
    // A click without a move first (touch, a test): choose what is under it.
    if (under && this.pickable(under) && !(this.current && this.current.contains(under))) this.hover(under);
    this.choose();
  }

  private onWheel(ev: WheelEvent): void {
    if (this.phase !== 'pick') return;
    swallow(ev);
    if (ev.deltaY < 0) this.widen();
    else if (ev.deltaY > 0) this.narrow();
  }

  private onKey(ev: KeyboardEvent): void {
    if (this.phase !== 'pick' || !PICK_KEYS.has(ev.key)) return;
    swallow(ev);
    switch (ev.key) {
      case 'ArrowUp': this.widen(); break;
      case 'ArrowDown': this.narrow(); break;
      case 'Enter': case ' ': this.choose(); break;
      case 'Escape': this.finish(); break;
    }
  }

  private draw(): void {
    const box = this.box;
    const el = this.current;
    if (!box) return;
    if (!el || !el.isConnected) { box.hidden = true; return; }
    const r = el.getBoundingClientRect();
    box.hidden = r.width === 0 && r.height === 0;
    box.style.top = `${Math.round(r.top)}px`;
    box.style.left = `${Math.round(r.left)}px`;
    box.style.width = `${Math.round(r.width)}px`;
    box.style.height = `${Math.round(r.height)}px`;
  }
}

function swallow(ev: Event): void {
  ev.preventDefault();
  ev.stopPropagation();
  ev.stopImmediatePropagation();
}

function hasBox(el: Element): boolean {
  try {
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  } catch {
    return false;
  }
}

// Real layout for the scanner's ports and for chip placement. All reads, no writes.
import type { Rect } from '../core/types.js';
import type { FlagGeometry } from './flags.js';

export interface LayoutPorts {
  isVisible(el: Element): boolean;
  getRect(el: Element): Rect | null;
  getPosition(el: Element): string | null;
}

export function layoutPorts(win: Window): LayoutPorts {
  const style = (el: Element): CSSStyleDeclaration | null => {
    try { return win.getComputedStyle(el); } catch { return null; }
  };
  return {
    isVisible(el) {
      const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
      if (typeof check === 'function') return check.call(el, { visibilityProperty: true, opacityProperty: false });
      const s = style(el);
      if (!s || s.display === 'none' || s.visibility === 'hidden') return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 || r.height > 0;
    },
    getRect(el) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0 && r.x === 0 && r.y === 0) return null;
      return { x: r.left + win.scrollX, y: r.top + win.scrollY, width: r.width, height: r.height };
    },
    getPosition(el) {
      return style(el)?.position ?? null;
    },
  };
}

export function flagGeometry(win: Window): FlagGeometry {
  return {
    rect(el) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return null;
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    },
    fixed(el) {
      let n: Element | null = el;
      for (let depth = 0; n && depth < 40; depth++, n = n.parentElement) {
        try { if (win.getComputedStyle(n).position === 'fixed') return true; } catch { return false; }
      }
      return false;
    },
    scroll() {
      return { x: win.scrollX, y: win.scrollY };
    },
  };
}

// Where an appeal sits: inline in the body, appended after it, overlay, banner or sidebar —
// from landmarks above the box, names of nearby elements, the layout ports when given, and
// its position relative to the article body.
import type { AppealPage } from './appeal-page.js';
import { ROLE_BIT } from './blocks.js';
import { LANDMARK_ROLES, LANDMARK_TAGS } from './signals/index.js';
import type { Placement, ScanOptions } from './types.js';

/** Roles that say where a box is shown. */
const PLACE_ROLES = ROLE_BIT.overlay | ROLE_BIT.banner | ROLE_BIT.sidebar | ROLE_BIT.footer | ROLE_BIT.header | ROLE_BIT.comments;

/**
 * Landmarks (aside, footer, header, dialog, ARIA roles) above the container, and class/id
 * names (modal, sidebar, sticky bar) on elements around the region that are not page-wide
 * wrappers (an element holding the whole article names no place).
 */
export function placementRoles(p: AppealPage, start: number, end: number, container: Element): number {
  const { dom, article } = p;
  let bits = 0;
  let el: Element | null = container;
  for (let i = 0; el && i < 60; i++, el = dom.parent(el)) {
    const tag = dom.tag(el);
    if (tag === 'body' || tag === 'html') break;
    const lm = LANDMARK_TAGS[tag];
    if (lm) bits |= ROLE_BIT[lm];
    const role = dom.attr(el, 'role');
    const r = role ? LANDMARK_ROLES[role.trim().toLowerCase()] : undefined;
    if (r) bits |= ROLE_BIT[r];
    if (dom.attr(el, 'aria-modal') === 'true') bits |= ROLE_BIT.overlay;
  }
  const wrapper = new Map<Element, boolean>();
  for (let k = start; k < end; k++) {
    for (let t = p.blocks[k]!.frame.tokens; t; t = t.next) {
      const bit = ROLE_BIT[t.signal.role];
      if (!(bit & PLACE_ROLES) || bits & bit) continue;
      let w = wrapper.get(t.el);
      if (w === undefined) {
        const r = p.rangeOf(t.el);
        w = !r || (article.end > article.start && r[0] <= article.start && r[1] >= article.end);
        wrapper.set(t.el, w);
      }
      if (!w) bits |= bit;
    }
  }
  return bits;
}

export function placementOf(p: AppealPage, roles: number, insideArticle: boolean, bodyAfter: boolean, container: Element, start: number): Placement {
  const options = p.input.options;
  const pos = safePosition(options, container);
  if (roles & ROLE_BIT.overlay) return 'overlay';
  if (pos === 'fixed') {
    const rect = safeRect(options, container);
    return rect && rect.height < 250 ? 'banner' : 'overlay';
  }
  if (pos === 'sticky') return 'banner';
  if (roles & ROLE_BIT.header && (p.firstBody < 0 || start < p.firstBody) && !insideArticle) return 'banner';
  if (insideArticle) return bodyAfter ? 'inline' : 'appended';
  if (roles & ROLE_BIT.banner) return 'banner';
  if (roles & ROLE_BIT.sidebar) return 'sidebar';
  return 'appended';
}

export function placementReason(pl: Placement): string {
  switch (pl) {
    case 'inline': return 'placed inside the article body';
    case 'appended': return 'placed after the article';
    case 'overlay': return 'shown as an overlay';
    case 'banner': return 'shown as a banner';
    case 'sidebar': return 'placed in the sidebar';
  }
}

function safePosition(o: ScanOptions, el: Element): string | null {
  if (!o.getPosition) return null;
  try {
    const v = o.getPosition(el);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

function safeRect(o: ScanOptions, el: Element): { height: number } | null {
  if (!o.getRect) return null;
  try {
    const r = o.getRect(el);
    return r && typeof r.height === 'number' && Number.isFinite(r.height) ? r : null;
  } catch {
    return null;
  }
}

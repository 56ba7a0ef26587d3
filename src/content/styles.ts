// Static CSS the extension injects. No page-derived text ever goes into these strings.

/** Outline/collapse/hide for flagged page elements (document-level sheet). */
export const PAGE_CSS = `
[data-appeal-spotter-flag] { outline: 3px solid #b45309 !important; outline-offset: 2px !important; }
[data-appeal-spotter-kind="subscription"] { outline-color: #6d28d9 !important; }
[data-appeal-spotter-kind="paywall"] { outline-color: #b91c1c !important; }
[data-appeal-spotter-mode="collapse"]:not([data-appeal-spotter-expanded]) {
  max-height: 1.6em !important; min-height: 0 !important; overflow: hidden !important;
  padding-top: 0 !important; padding-bottom: 0 !important; opacity: 0.45 !important;
}
[data-appeal-spotter-mode="collapse"][data-appeal-spotter-part="rest"]:not([data-appeal-spotter-expanded]),
[data-appeal-spotter-mode="hide"]:not([data-appeal-spotter-expanded]) { display: none !important; }
[data-appeal-spotter-pulse] { animation: appeal-spotter-pulse 0.5s ease-in-out 3 !important; }
@keyframes appeal-spotter-pulse { 50% { outline-width: 8px; outline-offset: 6px; } }
@media (prefers-reduced-motion: reduce) {
  [data-appeal-spotter-pulse] { animation: none !important; outline-width: 6px !important; }
}
`;

/** Inline style of the chip host: !important inline beats any page rule, so pages cannot hide or restyle it. */
export const HOST_STYLE = [
  'all: initial !important', 'position: absolute !important', 'top: 0 !important', 'left: 0 !important',
  'width: 0 !important', 'height: 0 !important', 'overflow: visible !important', 'display: block !important',
  'z-index: 2147483647 !important', 'pointer-events: none !important', 'contain: none !important',
].join('; ');

/** Chip styling, inside the shadow root (page CSS cannot reach it). */
export const SHADOW_CSS = `
:host { all: initial; }
.wrap { position: absolute; pointer-events: auto; transform: translateX(-100%); }
.wrap[data-fixed] { position: fixed; }
.wrap[hidden] { display: none; }
.chip {
  box-sizing: border-box; display: inline-block;
  font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0;
  color: #fff; background: #b45309; border: 1px solid rgba(0,0,0,.25); border-radius: 10px;
  padding: 2px 8px; margin: 0; cursor: pointer; white-space: nowrap; max-width: 260px;
  overflow: hidden; text-overflow: ellipsis;
  box-shadow: 0 1px 3px rgba(0,0,0,.3); text-transform: none; text-align: left;
}
.chip[data-kind="subscription"] { background: #6d28d9; }
.chip[data-kind="paywall"] { background: #b91c1c; }
.chip:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.reasons {
  display: none; position: absolute; top: 100%; right: 0; margin-top: 4px; z-index: 1;
  width: max-content; max-width: 320px; white-space: normal;
  font: 400 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #111827; color: #f9fafb; border-radius: 6px; padding: 6px 8px;
}
.reasons > span { display: block; margin: 2px 0; }
.wrap:hover .reasons, .chip:focus + .reasons { display: block; }
`;

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
.wrap { position: absolute; pointer-events: auto; transform: translateX(-100%); white-space: nowrap; }
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
.wrap:hover .reasons, .chip:focus ~ .reasons { display: block; }
.wrap[data-menu-open] .reasons { display: none; }
.menu-button {
  box-sizing: border-box; display: inline-block; vertical-align: top; margin: 0 0 0 2px; padding: 2px 6px;
  font: 700 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0;
  color: #fff; background: #374151; border: 1px solid rgba(0,0,0,.25); border-radius: 10px; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.3); text-transform: none;
}
.menu-button:focus-visible, .menu-item:focus-visible, .pick-kinds button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.menu {
  position: absolute; top: 100%; right: 0; margin-top: 4px; z-index: 2; min-width: max-content;
  background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 6px; padding: 4px;
  box-shadow: 0 4px 12px rgba(0,0,0,.25);
}
.menu[hidden] { display: none; }
.menu-item {
  display: block; width: 100%; box-sizing: border-box; margin: 0; padding: 4px 10px; text-align: left;
  font: 400 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0; text-transform: none;
  color: #111827; background: transparent; border: 0; border-radius: 4px; cursor: pointer;
}
.menu-item:hover, .menu-item:focus { background: #e5e7eb; }
.pick-box {
  position: fixed; box-sizing: border-box; pointer-events: none; z-index: 3;
  border: 2px solid #2563eb; background: rgba(37,99,235,.12); border-radius: 2px;
}
.pick-box[hidden], .pick-hint[hidden], .pick-kinds[hidden] { display: none; }
.pick-hint, .pick-kinds {
  position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 4; box-sizing: border-box;
  max-width: min(560px, calc(100vw - 24px)); padding: 8px 12px; border-radius: 8px;
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0; text-transform: none;
  background: #111827; color: #f9fafb; box-shadow: 0 4px 16px rgba(0,0,0,.35);
}
.pick-hint { pointer-events: none; }
.pick-kinds { pointer-events: auto; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.pick-kinds p { margin: 0 6px 0 0; font-weight: 600; }
.pick-kinds button {
  margin: 0; padding: 4px 10px; border-radius: 6px; border: 1px solid #4b5563; cursor: pointer;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0; text-transform: none;
  color: #fff; background: #b45309;
}
.pick-kinds button[data-kind="subscription"] { background: #6d28d9; }
.pick-kinds button[data-kind="paywall"] { background: #b91c1c; }
.pick-kinds button.cancel { background: transparent; color: #f9fafb; }
@media (prefers-reduced-motion: no-preference) { .pick-box { transition: top .05s, left .05s, width .05s, height .05s; } }
`;

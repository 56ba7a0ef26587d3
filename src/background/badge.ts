// The toolbar badge: number of primary appeals on the tab (the same number the page's
// data-appeal-spotter-count and the popup show), coloured by the most serious kind; a paywalled
// page gets the paywall colour and says so in the button's title ("P" alone when it has no appeal).
// The icon is greyed on tabs whose site is off.
import type { BackgroundApi } from '../platform/api.js';
import type { ReportPayload } from '../shared/messages.js';

export const BADGE_COLORS = Object.freeze({ paywall: '#b91c1c', subscription: '#6d28d9', donation: '#b45309', none: '#4b5563' });

export interface Badge { readonly text: string; readonly color: string }

export function badgeFor(report: ReportPayload | null): Badge {
  if (!report) return { text: '', color: BADGE_COLORS.none };
  const kinds = new Set(report.appeals.map((a) => a.kind));
  const count = report.appeals.length;
  const color = kinds.has('paywall') || report.paywall.detected ? BADGE_COLORS.paywall
    : kinds.has('subscription') ? BADGE_COLORS.subscription
    : kinds.has('donation') ? BADGE_COLORS.donation : BADGE_COLORS.none;
  const text = count > 0 ? String(count) : report.paywall.detected ? 'P' : '';
  return { text, color };
}

/** The toolbar button's tooltip for a tab, or null for the default title. */
export function titleFor(api: Pick<BackgroundApi, 'i18n'>, report: ReportPayload | null): string | null {
  if (!report) return null;
  const count = String(report.appeals.length);
  const key = report.paywall.detected ? 'titlePaywalled' : 'titleAppeals';
  try { return api.i18n.getMessage(key, count) || null; } catch { return null; }
}

export async function showBadge(api: Pick<BackgroundApi, 'action' | 'i18n'>, tabId: number, report: ReportPayload | null): Promise<void> {
  const { text, color } = badgeFor(report);
  await api.action.setBadgeBackgroundColor({ tabId, color });
  await api.action.setBadgeText({ tabId, text });
  // '' (not null) restores the default title in both browsers; Chrome rejects null.
  await api.action.setTitle({ tabId, title: titleFor(api, report) ?? '' }).catch(() => undefined);
}

const iconPaths = (suffix: string): Record<string, string> =>
  Object.fromEntries([16, 32, 48, 128].map((s) => [String(s), `icons/icon-${s}${suffix}.png`]));
export const ICON_ON = iconPaths('');
export const ICON_OFF = iconPaths('-off');

export async function showIcon(api: Pick<BackgroundApi, 'action'>, tabId: number, on: boolean): Promise<void> {
  await api.action.setIcon({ tabId, path: on ? ICON_ON : ICON_OFF });
}

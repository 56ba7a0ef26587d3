// The toolbar badge: number of primary appeals on the tab, coloured by the most serious kind,
// with a "P" when the page is paywalled. The icon is greyed on tabs whose site is off.
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
  const text = `${count > 0 ? count : ''}${report.paywall.detected ? 'P' : ''}`;
  return { text, color };
}

export async function showBadge(api: Pick<BackgroundApi, 'action'>, tabId: number, report: ReportPayload | null): Promise<void> {
  const { text, color } = badgeFor(report);
  await api.action.setBadgeBackgroundColor({ tabId, color });
  await api.action.setBadgeText({ tabId, text });
}

const iconPaths = (suffix: string): Record<string, string> =>
  Object.fromEntries([16, 32, 48, 128].map((s) => [String(s), `icons/icon-${s}${suffix}.png`]));
export const ICON_ON = iconPaths('');
export const ICON_OFF = iconPaths('-off');

export async function showIcon(api: Pick<BackgroundApi, 'action'>, tabId: number, on: boolean): Promise<void> {
  await api.action.setIcon({ tabId, path: on ? ICON_ON : ICON_OFF });
}

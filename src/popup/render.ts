// Pure rendering of a TabState into the popup's DOM. Page-derived text (title, excerpts,
// reasons, paywall evidence) goes through textContent only.
import type { AppealKind, PaywallState } from '../core/types.js';
import type { AppealSummary, TabState } from '../shared/messages.js';
import { hostOf } from '../shared/origin.js';
import { t, type GetMessage } from '../shared/i18n-dom.js';
import { canHaveRules } from '../shared/settings.js';

export type SummaryState = 'loading' | 'found' | 'empty' | 'off' | 'unsupported' | 'error';

export function summaryState(state: TabState | null): SummaryState {
  if (!state) return 'loading';
  if (!state.scannable) return 'unsupported';
  if (state.report) return state.report.appeals.length > 0 ? 'found' : 'empty';
  return state.enabled ? 'loading' : 'off';
}

const byId = <T extends HTMLElement>(doc: Document, id: string): T => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`popup.html lacks #${id}`);
  return el as T;
};

export function kindLabel(msg: GetMessage, kind: AppealKind): string {
  switch (kind) {
    case 'donation': return t(msg, 'kindDonation', 'Donation appeal');
    case 'subscription': return t(msg, 'kindSubscription', 'Subscription pitch');
    case 'paywall': return t(msg, 'kindPaywall', 'Paywall');
    case 'newsletter': return t(msg, 'kindNewsletter', 'Newsletter');
    default: return t(msg, 'kindOther', 'Appeal');
  }
}

function paywallLabel(msg: GetMessage, state: PaywallState): string {
  const names: Record<PaywallState, [string, string]> = {
    free: ['paywallFree', 'Free to read'],
    metered: ['paywallMetered', 'Metered paywall (a few free articles)'],
    registration: ['paywallRegistration', 'Registration wall'],
    hard: ['paywallHard', 'Hard paywall'],
    'premium-section': ['paywallPremium', 'Part of the article is for subscribers'],
    unknown: ['paywallUnknown', 'Paywall (type unknown)'],
  };
  const [key, fallback] = names[state];
  return t(msg, key, fallback);
}

function summaryText(msg: GetMessage, s: SummaryState, count: number, errorText: string): string {
  switch (s) {
    case 'loading': return t(msg, 'stateLoading', 'Looking at this page…');
    case 'found': return count === 1 ? t(msg, 'stateFoundOne', '1 appeal found') : t(msg, 'stateFoundMany', `${count} appeals found`, String(count));
    case 'empty': return t(msg, 'stateEmpty', 'No appeals found');
    case 'off': return t(msg, 'stateOff', 'Off on this site — turn it on with the switch above');
    case 'unsupported': return t(msg, 'stateUnsupported', "This page can't be scanned");
    case 'error': return errorText || t(msg, 'stateError', 'Something went wrong. Reload the page and try again.');
  }
}

function appealItem(doc: Document, msg: GetMessage, a: AppealSummary, index: number, fmt: Intl.NumberFormat, rules: boolean): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'appeal';
  li.dataset['kind'] = a.kind;
  li.dataset['appealId'] = a.id;
  const head = doc.createElement('div');
  head.className = 'appeal-head';
  const kind = doc.createElement('span');
  kind.className = 'appeal-kind';
  kind.textContent = kindLabel(msg, a.kind);
  const conf = doc.createElement('span');
  conf.className = 'appeal-confidence';
  const pct = `${Math.round(a.confidence * 100)}%`;
  conf.textContent = pct;
  conf.setAttribute('aria-label', t(msg, 'confidenceLabel', `confidence ${pct}`, pct));
  head.append(kind, conf);
  const excerpt = doc.createElement('p');
  excerpt.className = 'appeal-excerpt';
  excerpt.textContent = a.excerpt;
  const reasons = doc.createElement('ul');
  reasons.className = 'appeal-reasons';
  reasons.setAttribute('aria-label', t(msg, 'reasonsLabel', 'Why'));
  for (const r of a.reasons) {
    const item = doc.createElement('li');
    item.textContent = r;
    reasons.append(item);
  }
  li.append(head, excerpt, reasons);
  if (!a.flagged) {
    const note = doc.createElement('p');
    note.className = 'appeal-note';
    note.textContent = t(msg, 'notFlaggedSupporter', 'Not flagged: you support this outlet');
    li.append(note);
  }
  const show = doc.createElement('button');
  show.type = 'button';
  show.className = 'appeal-show';
  show.textContent = t(msg, 'showButton', 'Show');
  show.setAttribute('aria-label', t(msg, 'showButtonLabel', `Show appeal ${index + 1} on the page`, fmt.format(index + 1)));
  show.disabled = !a.flagged;
  const not = doc.createElement('button');
  not.type = 'button';
  not.className = 'appeal-not';
  not.textContent = t(msg, 'notAppealButton', 'Not an appeal');
  not.setAttribute('aria-label', t(msg, 'notAppealButtonLabel', `Appeal ${index + 1} is not an appeal: never flag it on this site`, fmt.format(index + 1)));
  not.disabled = !a.flagged;
  const actions = doc.createElement('div');
  actions.className = 'appeal-actions';
  actions.append(show);
  if (rules) actions.append(not); // rules are for named sites only
  li.append(actions);
  return li;
}

/** Renders everything that depends on the tab's state. */
export function render(doc: Document, msg: GetMessage, state: TabState | null, opts: { error?: string; locale?: string; loading?: boolean } = {}): SummaryState {
  const s: SummaryState = opts.error !== undefined ? 'error' : opts.loading ? 'loading' : summaryState(state);
  const report = state?.report ?? null;
  const count = report?.appeals.length ?? 0;
  const fmt = new Intl.NumberFormat(opts.locale);

  const summary = byId(doc, 'summary');
  summary.dataset['state'] = s;
  summary.dataset['count'] = String(count);
  byId(doc, 'summary-text').textContent = summaryText(msg, s, count, opts.error ?? '');

  const toggle = byId<HTMLInputElement>(doc, 'site-toggle');
  const host = byId(doc, 'site-host');
  host.textContent = state?.site ? hostOf(state.site) : state && !state.scannable ? t(msg, 'noSite', 'this page') : '…';
  toggle.checked = Boolean(state?.enabled && state.scannable);
  toggle.disabled = !state?.site || !state.scannable;

  const scanOnce = byId<HTMLButtonElement>(doc, 'scan-once');
  scanOnce.disabled = !state || !state.scannable || state.tabId === null;
  byId<HTMLButtonElement>(doc, 'pick').disabled = !state || !state.scannable || state.tabId === null || !state.site || !canHaveRules(hostOf(state.site));

  byId(doc, 'article-title').textContent = report?.title ?? '';
  byId(doc, 'words-article').textContent = report ? fmt.format(report.wordsArticle) : '–';
  byId(doc, 'words-appeals').textContent = report ? fmt.format(report.wordsAppeals) : '–';

  const paywall = byId(doc, 'paywall');
  paywall.dataset['detected'] = String(report?.paywall.detected ?? false);
  paywall.dataset['state'] = report?.paywall.state ?? 'unknown';
  byId(doc, 'paywall-verdict').textContent = !report ? '–'
    : report.paywall.detected ? paywallLabel(msg, report.paywall.state) : t(msg, 'paywallNone', 'No paywall detected');
  const signals = byId(doc, 'paywall-signals');
  signals.replaceChildren(...(report?.paywall.signals ?? []).map((sig) => {
    const li = doc.createElement('li');
    li.textContent = sig;
    return li;
  }));

  const list = byId(doc, 'appeals');
  if (s === 'loading') {
    const sk = doc.createElement('li');
    sk.className = 'skeleton';
    sk.setAttribute('aria-hidden', 'true');
    list.replaceChildren(sk);
  } else {
    const rules = state?.site ? canHaveRules(hostOf(state.site)) : false;
    list.replaceChildren(...(report?.appeals ?? []).map((a, i) => appealItem(doc, msg, a, i, fmt, rules)));
  }

  const supporter = byId<HTMLInputElement>(doc, 'supporter');
  supporter.checked = Boolean(state?.supporter);
  supporter.disabled = !state?.site;
  const mode = byId<HTMLSelectElement>(doc, 'mode');
  if (state) mode.value = state.mode;
  return s;
}

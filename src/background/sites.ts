// Content-script registrations follow the settings AND the granted permissions: a site is
// scanned automatically only when it is switched on and its permission is granted.
import type { BackgroundApi, ContentScriptRegistration } from '../platform/api.js';
import { ALL_SITES_PATTERNS, patternFor, sitesOfPattern } from '../shared/origin.js';
import { enabledSites, excludedSites, type Settings } from '../shared/settings.js';

export const CONTENT_JS = 'content.js';
export const ALL_SITES_ID = 'all-sites';
export const siteScriptId = (site: string): string => `site:${site}`;

export interface Granted { readonly all: boolean; readonly sites: ReadonlySet<string> }

export function grantedFrom(origins: readonly string[] | undefined): Granted {
  const sites = new Set<string>();
  let http = false;
  let https = false;
  for (const pattern of origins ?? []) {
    if (pattern === '<all_urls>' || pattern === '*://*/*') { http = true; https = true; continue; }
    if (pattern === 'http://*/*') http = true;
    if (pattern === 'https://*/*') https = true;
    for (const s of sitesOfPattern(pattern).sites) sites.add(s);
  }
  return { all: http && https, sites };
}

export async function grantedPermissions(api: Pick<BackgroundApi, 'permissions'>): Promise<Granted> {
  const all = await api.permissions.getAll();
  return grantedFrom(all.origins);
}

function script(id: string, matches: string[], excludeMatches: string[] = []): ContentScriptRegistration {
  return {
    id, matches, js: [CONTENT_JS], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
    ...(excludeMatches.length ? { excludeMatches } : {}),
  };
}

export function desiredScripts(settings: Settings, granted: Granted): ContentScriptRegistration[] {
  if (settings.allSites && granted.all) return [script(ALL_SITES_ID, [...ALL_SITES_PATTERNS], excludedSites(settings).map(patternFor))];
  return enabledSites(settings)
    .filter((site) => granted.all || granted.sites.has(site))
    .map((site) => script(siteScriptId(site), [patternFor(site)]));
}

const fingerprint = (s: ContentScriptRegistration): string =>
  JSON.stringify([s.matches ?? [], s.excludeMatches ?? [], s.js ?? [], s.runAt ?? 'document_idle']);

/** Makes the registered scripts equal the desired ones with as few calls as possible. */
export async function syncRegistrations(api: Pick<BackgroundApi, 'scripting' | 'permissions'>, settings: Settings): Promise<void> {
  const desired = desiredScripts(settings, await grantedPermissions(api));
  const current = await api.scripting.getRegisteredContentScripts();
  const want = new Map(desired.map((s) => [s.id, s]));
  const stale = current.filter((c) => { const w = want.get(c.id); return !w || fingerprint(w) !== fingerprint(c); }).map((c) => c.id);
  const kept = new Set(current.map((c) => c.id).filter((id) => !stale.includes(id)));
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
  const missing = desired.filter((s) => !kept.has(s.id));
  if (missing.length) await api.scripting.registerContentScripts(missing);
}

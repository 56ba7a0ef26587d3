// The built manifests (and the source one) hold the permission allow-list: storage, scripting,
// activeTab; host access only as optional_host_permissions (granted per site from the popup);
// nothing a web page or another extension can connect to; no loosened CSP.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDirs, ensureExtensionBuilt, readManifest, ROOT, type Manifest } from './support/built.js';

const ALLOWED_PERMISSIONS = ['storage', 'scripting', 'activeTab'];
const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://news.test/*'];
/** Host patterns the per-site switch may ask for: web pages only, never file:// or other schemes. */
const OPTIONAL_HOST_RE = /^(https?|\*):\/\/[^/]+\/\*$/;
/**
 * Every top-level key a build may carry. A new key changes what the extension can do: add it
 * here only after a security review, with the reason next to it.
 */
const ALLOWED_KEYS = new Set([
  'manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale', 'icons', 'author', 'homepage_url',
  'permissions', 'optional_host_permissions', 'background', 'action', 'options_ui',
  'browser_specific_settings', // Firefox id, minimum versions, data_collection_permissions
  'minimum_chrome_version',
  'host_permissions', // e2e builds only, checked below
  'content_security_policy', // allowed only if it tightens the default, checked below
]);

function checkCommon(m: Manifest, where: string): void {
  expect(m.manifest_version, where).toBe(3);
  expect(Object.keys(m).filter((k) => !ALLOWED_KEYS.has(k)), `${where}: manifest keys outside the reviewed list`).toEqual([]);
  expect([...(m.permissions ?? [])].sort(), `${where}: permissions`).toEqual([...ALLOWED_PERMISSIONS].sort());
  expect(m.optional_permissions ?? [], `${where}: optional API permissions`).toEqual([]);
  const optionalHosts = m.optional_host_permissions ?? [];
  expect(optionalHosts.length, `${where}: optional_host_permissions`).toBeGreaterThan(0);
  for (const p of optionalHosts) expect(p, `${where}: optional host pattern`).toMatch(OPTIONAL_HOST_RE);
  // A web page or another extension must not be able to open a channel to us.
  expect(m).not.toHaveProperty('externally_connectable');
  // Nothing of ours is loadable from web pages (fingerprinting, clickjacking of extension pages).
  expect(m).not.toHaveProperty('web_accessible_resources');
  // Content scripts are registered at run time for switched-on sites only.
  expect(m).not.toHaveProperty('content_scripts');
  expect(m).not.toHaveProperty('sandbox');
  expect(m).not.toHaveProperty('update_url');
  const csp = m.content_security_policy;
  if (csp !== undefined) {
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
    for (const p of policies) {
      expect(p, `${where}: CSP`).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
      expect(p, `${where}: CSP must keep script-src 'self'`).toMatch(/script-src\s+'self'/);
    }
  }
  if (m.background) expect(m.background, `${where}: background`).not.toHaveProperty('persistent', true);
}

describe('the manifest checks', () => {
  it('reject each loosening they exist to catch', () => {
    const base = readManifest(ROOT);
    const loosened: Manifest[] = [
      { ...base, permissions: [...(base.permissions ?? []), 'tabs'] },
      { ...base, optional_permissions: ['history'] },
      { ...base, optional_host_permissions: ['<all_urls>'] },
      { ...base, optional_host_permissions: ['file:///*'] },
      { ...base, externally_connectable: { matches: ['https://*.example/*'] } },
      { ...base, web_accessible_resources: [{ resources: ['*'], matches: ['<all_urls>'] }] },
      { ...base, content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }] },
      { ...base, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" } },
      { ...base, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; object-src 'self'" } },
      { ...base, commands: {} },
    ];
    for (const m of loosened) expect(() => checkCommon(m, 'loosened')).toThrow();
    expect(() => checkCommon({ ...base, content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } }, 'strict CSP')).not.toThrow();
  });
});

describe('source manifest.json', () => {
  it('asks only for storage, scripting and activeTab; host access optional; no external connection', () => {
    const m = readManifest(ROOT);
    checkCommon(m, 'manifest.json');
    expect(m).not.toHaveProperty('host_permissions');
  });
});

describe('built manifests', () => {
  beforeAll(() => ensureExtensionBuilt(), 120_000);

  for (const { name, dir, store } of builtDirs()) {
    it(`${name}: permission allow-list, optional host access only, nothing external, CSP not loosened`, () => {
      const m = readManifest(dir);
      checkCommon(m, path.join('dist', name));
      if (store) expect(m, `${name}: store builds carry no host_permissions`).not.toHaveProperty('host_permissions');
      else expect(m.host_permissions ?? [], `${name}: e2e builds pre-grant only the local test server`).toEqual(E2E_HOST_PERMISSIONS);
    });
  }

  it('Firefox builds declare that no data is collected', () => {
    for (const { name, dir } of builtDirs().filter((d) => d.name.startsWith('firefox'))) {
      const gecko = (readManifest(dir).browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
      expect(gecko?.['data_collection_permissions'], name).toEqual({ required: ['none'] });
      expect(typeof gecko?.['id'], name).toBe('string');
    }
  });

  it('each browser gets its own background form, and the background is not persistent', () => {
    const chrome = readManifest(path.join(ROOT, 'dist', 'chrome'));
    const firefox = readManifest(path.join(ROOT, 'dist', 'firefox'));
    expect(Object.keys(chrome.background ?? {})).toEqual(['service_worker']);
    expect(Object.keys(firefox.background ?? {})).toEqual(['scripts']);
  });
});

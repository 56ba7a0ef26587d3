import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
type Manifest = Record<string, unknown> & { background?: Record<string, unknown>; browser_specific_settings?: Record<string, Record<string, unknown>> };
type BuildModule = { patchManifest(base: Manifest, browser: string, opts?: { e2e?: boolean }): Manifest };
type ZipModule = { zip(files: { name: string; data: Buffer | string }[]): Buffer; crc32(buf: Buffer): number };
// Plain .mjs build scripts: imported by a computed path so the type-checker does not ask for declarations.
const load = async <T>(rel: string): Promise<T> => (await import(path.join(ROOT, rel))) as T;
const base = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Manifest;

describe('patchManifest', () => {
  it('Chrome: service worker only, no Firefox keys, the permission allow-list', async () => {
    const { patchManifest } = await load<BuildModule>('build.mjs');
    const m = patchManifest(base, 'chrome');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m['manifest_version']).toBe(3);
    expect(m['permissions']).toEqual(['storage', 'scripting', 'activeTab']);
    expect(m['optional_host_permissions']).toEqual(['http://*/*', 'https://*/*']);
    for (const key of ['host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable', 'content_security_policy']) {
      expect(m[key], key).toBeUndefined();
    }
  });

  it('Firefox: event-page scripts only, gecko id, data collection "none", minimum versions', async () => {
    const { patchManifest } = await load<BuildModule>('build.mjs');
    const m = patchManifest(base, 'firefox');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: 'appeal-spotter@appeal-spotter.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(m['minimum_chrome_version']).toBeUndefined();
    expect(m['permissions']).toEqual(['storage', 'scripting', 'activeTab']);
  });

  it('e2e variant pre-grants only the local test server; the source manifest is not mutated', async () => {
    const { patchManifest } = await load<BuildModule>('build.mjs');
    const before = JSON.stringify(base);
    for (const b of ['chrome', 'firefox']) {
      expect(patchManifest(base, b, { e2e: true })['host_permissions']).toEqual(['http://127.0.0.1/*', 'http://news.test/*']);
      expect(patchManifest(base, b)['host_permissions']).toBeUndefined();
    }
    expect(JSON.stringify(base)).toBe(before);
  });
});

/** Reads a ZIP back (central directory → local entries), checking each CRC. */
function unzip(buf: Buffer, crc32: (b: Buffer) => number): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + csize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data), name).toBe(crc);
    out.set(name, data);
    p += 46 + nlen + elen + clen;
  }
  return out;
}

describe('zip', () => {
  it('is deterministic whatever the input order, and reads back intact', async () => {
    const { zip, crc32 } = await load<ZipModule>('scripts/zip.mjs');
    const files = [
      { name: 'manifest.json', data: JSON.stringify(base, null, 2) },
      { name: 'icons/icon-16.png', data: readFileSync(path.join(ROOT, 'icons/icon-16.png')) },
      { name: '_locales/ru/messages.json', data: readFileSync(path.join(ROOT, 'src/_locales/ru/messages.json')) },
      { name: 'empty.txt', data: '' },
    ];
    const a = zip(files);
    const b = zip([...files].reverse());
    expect(a.equals(b)).toBe(true);
    const back = unzip(a, crc32);
    expect([...back.keys()]).toEqual(['_locales/ru/messages.json', 'empty.txt', 'icons/icon-16.png', 'manifest.json']);
    for (const f of files) expect(back.get(f.name)!.equals(Buffer.from(f.data))).toBe(true);
  });

  it('crc32 matches the standard check value', async () => {
    const { crc32 } = await load<ZipModule>('scripts/zip.mjs');
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('locales', () => {
  const dir = path.join(ROOT, 'src/_locales');
  const langs = readdirSync(dir).sort();
  const read = (lang: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> =>
    JSON.parse(readFileSync(path.join(dir, lang, 'messages.json'), 'utf8'));
  const en = read('en');

  it('has en and ru at least, every language with exactly the English keys and placeholders', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'ru']));
    for (const lang of langs) {
      const m = read(lang);
      expect(Object.keys(m).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, v] of Object.entries(m)) {
        expect(v.message.trim(), `${lang}.${key}`).not.toBe('');
        expect(Object.keys(v.placeholders ?? {}), `${lang}.${key}`).toEqual(Object.keys(en[key]!.placeholders ?? {}));
      }
    }
  });

  it('defines every message the manifest and the code ask for', () => {
    const used = new Set<string>();
    for (const m of readFileSync(path.join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
    const sources = ['src/popup', 'src/options', 'src/content', 'src/shared', 'src/background'].flatMap((d) =>
      readdirSync(path.join(ROOT, d)).map((f) => path.join(ROOT, d, f)));
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/data-i18n(?:-label|-title)?="(\w+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bt\(msg, '(\w+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bmsg\('(\w+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\['(paywall\w+)', '/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });
});

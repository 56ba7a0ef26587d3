// Reading a corpus laid out like ../shared/corpus: labels.json, pages/, truth/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelItem } from './match.js';
import type { LabelPage } from './score.js';

export class CorpusError extends Error {}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toItems(v: unknown, where: string): LabelItem[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new CorpusError(`${where}: expected a list`);
  return v.map((item, i) => {
    if (!isRecord(item) || typeof item.kind !== 'string' || !Array.isArray(item.must) || !item.must.every((s) => typeof s === 'string')) {
      throw new CorpusError(`${where}[${i}]: expected {kind, must[]}`);
    }
    return { kind: item.kind, must: item.must as string[], note: typeof item.note === 'string' ? item.note : '' };
  });
}

function toPage(v: unknown, i: number): LabelPage {
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.file !== 'string') {
    throw new CorpusError(`labels.json pages[${i}]: expected at least {id, file}`);
  }
  const where = `labels.json ${v.id}`;
  return {
    id: v.id,
    file: v.file,
    bodyTruth: typeof v.bodyTruth === 'string' ? v.bodyTruth : null,
    paywall: v.paywall === true,
    appeals: toItems(v.appeals, `${where}.appeals`),
    optional: toItems(v.optional, `${where}.optional`),
    url: typeof v.url === 'string' && v.url !== '' ? v.url : null,
    lang: typeof v.lang === 'string' && v.lang !== '' ? v.lang : null,
    repo: isRecord(v.origin) && typeof v.origin.repo === 'string' && v.origin.repo !== '' ? v.origin.repo : null,
  };
}

/** Throws CorpusError with a message fit for the user when the corpus is missing or malformed. */
export function loadLabels(dir: string): LabelPage[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CorpusError(`corpus directory not found: ${dir}`);
  const path = join(dir, 'labels.json');
  if (!existsSync(path)) throw new CorpusError(`no labels.json in ${dir}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CorpusError(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isRecord(json) || !Array.isArray(json.pages)) throw new CorpusError(`${path}: expected {"pages": [...]}`);
  return json.pages.map(toPage);
}

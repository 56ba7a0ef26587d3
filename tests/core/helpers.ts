// Shared helpers for the core tests: parse HTML the way the CLI does (no scripts run).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { paragraphsToDocument } from '../../src/core/index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const FIXTURES = resolve(REPO, 'tests/fixtures');
/** The shared corpus, read at run time only (never copied into the repository). */
export const CORPUS = resolve(REPO, '../shared/corpus');
export const corpusPresent = existsSync(resolve(CORPUS, 'labels.json'));

const quiet = new VirtualConsole();

export function htmlDoc(html: string, url = 'https://news.example.org/story'): Document {
  return new JSDOM(html, { virtualConsole: quiet, url }).window.document;
}

export function fixtureDoc(name: string): Document {
  return htmlDoc(readFileSync(resolve(FIXTURES, 'pages', name), 'utf8'));
}

export function textDoc(text: string): Document {
  const impl = new JSDOM('').window.document.implementation;
  return paragraphsToDocument(impl, text);
}

/** A page with the given body markup (and optional head). */
export function page(body: string, head = '', lang = 'en'): Document {
  return htmlDoc(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}

export function norm(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Filler article paragraphs (news prose with no appeal words). */
export function prose(n: number, topic = 'the harbour'): string {
  const lines = [
    `Engineers inspected ${topic} on Monday and found the old walls in better shape than expected, the city said in a statement.`,
    'Work on the northern section will start in the autumn and should take about eighteen months, weather permitting, officials added.',
    'Residents asked at a public meeting whether the footpath would stay open during the works; the answer was yes, except on two weekends.',
    'The project is funded by the regional government and the port, which expects more ferry traffic once the repairs are finished next year.',
    'Historians welcomed the plan, noting that parts of the walls date from the sixteenth century and had not been repaired since the 1950s.',
    'A second phase, still under discussion, would restore the lighthouse and turn the former customs house into a small museum.',
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`<p>${lines[i % lines.length]}</p>`);
  return out.join('\n');
}

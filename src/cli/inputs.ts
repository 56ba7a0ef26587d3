// Command-line paths → the pages to scan: files, directories (recursively), '-' for stdin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const PAGE_EXTENSIONS: readonly string[] = ['.html', '.htm', '.txt'];

export type PageFormat = 'html' | 'text' | 'sniff';

export interface InputPage {
  /** The path as given (or as found under a given directory); '-' for stdin. */
  readonly source: string;
  readonly format: PageFormat;
  /** Set when expansion already failed here (an unreadable directory): report, don't read. */
  readonly error?: string;
}

/** .txt is text, .html/.htm markup; anything else given explicitly is sniffed. */
export function formatOf(path: string): PageFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt') return 'text';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'sniff';
}

/** Node's error codes in words; other errors keep their first message line. */
export function reasonOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    default: return err instanceof Error ? (err.message.split('\n')[0] ?? String(err)) : String(err);
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Depth-first, entries sorted by name; symlinked directories are not followed (no loops). */
function walk(dir: string, pages: InputPage[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    pages.push({ source: dir, format: 'sniff', error: reasonOf(err) });
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      walk(path, pages);
      continue;
    }
    if (!PAGE_EXTENSIONS.includes(extname(e.name).toLowerCase())) continue;
    if (e.isFile() || (e.isSymbolicLink() && isFile(path))) pages.push({ source: path, format: formatOf(path) });
  }
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}

/** Pages in the order given; directories expand in place. */
export function expandPaths(paths: readonly string[]): InputPage[] {
  const pages: InputPage[] = [];
  for (const p of paths) {
    if (p === '-') { pages.push({ source: '-', format: 'sniff' }); continue; }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Missing or unreadable: let the read report it in order, with the usual message.
    }
    if (isDir) walk(p, pages);
    else pages.push({ source: p, format: formatOf(p) });
  }
  return pages;
}

/** Always UTF-8, whatever the page's <meta charset> says (as in the corpus). */
export function readPageFile(path: string): string {
  return readFileSync(path, 'utf8');
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// `appeal-spotter scan PATH...`: every page is read, parsed, scanned and printed in turn;
// a page that fails costs one stderr line, never the run.
import { readFileSync } from 'node:fs';
import type { ScanReport } from '../core/index.js';
import { hostMatches } from '../core/rules/hosts.js';
import { MAX_RULES_TEXT, parseRules } from '../core/rules/parse.js';
import type { Rule } from '../core/rules/types.js';
import { expandPaths, readPageFile, readStdin, reasonOf, type InputPage } from './inputs.js';
import { formatJsonDocument, formatJsonLine, toPageJson, type PageJson } from './format-json.js';
import { formatPageText, paletteFor } from './format-text.js';
import { PROGRAM, type Io } from './io.js';
import { parsePage, timedScan } from './page.js';
import { errorText, loadParser, releasePage, settle, type ParsedPage, type Parser } from './parse-html.js';
import type { OutputMode } from './args.js';

export interface ScanCommand {
  readonly paths: readonly string[]; readonly output: OutputMode; readonly verbose: boolean;
  readonly explain?: boolean;
  /** A rules file (uBlock Origin-style element rules). */
  readonly rules?: string;
}

type PageResult =
  | { readonly ok: true; readonly report: ScanReport; readonly scanMs: number; readonly stylesheetFallback: boolean; readonly page: ParsedPage }
  | { readonly ok: false; readonly message: string };

async function scanOne(parser: Parser, page: InputPage, io: Io, verbose: boolean, explain: boolean, rules: readonly Rule[] | null): Promise<PageResult> {
  const name = page.source === '-' ? 'stdin' : page.source;
  if (page.error !== undefined) return { ok: false, message: `cannot read ${name}: ${page.error}` };
  let content: string;
  try {
    content = page.source === '-' ? await readStdin(io.stdin) : readPageFile(page.source);
  } catch (err) {
    return { ok: false, message: `cannot read ${name}: ${reasonOf(err)}` };
  }
  let parsed: ParsedPage;
  try {
    parsed = parsePage(parser, content, page.format, { verbose });
  } catch (err) {
    return { ok: false, message: `cannot parse ${name}: ${errorText(err)}` };
  }
  try {
    const { report, scanMs } = timedScan(parsed.document, undefined, explain, rules ? rulesForSavedPage(rules, parsed.document) : undefined);
    return { ok: true, report, scanMs, stylesheetFallback: parsed.stylesheetFallback, page: parsed };
  } catch (err) {
    releasePage(parsed);
    return { ok: false, message: `cannot scan ${name}: ${errorText(err)}` };
  }
}

/**
 * A saved page has no URL: the rules for the site its <link rel="canonical"> or og:url names,
 * when it names one; else every rule in the file.
 */
export function rulesForSavedPage(rules: readonly Rule[], doc: Document): Rule[] {
  const host = savedPageHost(doc);
  return host === null ? rules.slice() : rules.filter((r) => hostMatches(r.host, host));
}

function savedPageHost(doc: Document): string | null {
  try {
    const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')
      ?? doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
    const m = href ? /^\s*https?:\/\/([^/?#:\s]+)/i.exec(href) : null;
    return m ? m[1]!.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The rules file, parsed; null (after one stderr line per problem) when it cannot be read or has errors. */
export async function loadRules(path: string, io: Io, parser: Parser): Promise<Rule[] | null> {
  let text: string;
  try {
    text = path === '-' ? await readStdin(io.stdin) : readFileSync(path, 'utf8');
  } catch (err) {
    io.err(`${PROGRAM}: cannot read rules file ${path}: ${reasonOf(err)}\n`);
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Selectors are checked by a real selector engine too (jsdom's, on an empty document).
  const probe = parser.parseHtml('<!doctype html><html><body></body></html>').document.createDocumentFragment();
  const parsed = parseRules(text, {
    validate: (sel) => {
      try {
        probe.querySelector(sel);
        return true;
      } catch {
        return false;
      }
    },
  });
  if (parsed.errors.length) {
    for (const e of parsed.errors) {
      io.err(`${PROGRAM}: ${path}${e.line > 0 ? `:${e.line}` : ''}: ${e.message}${e.source ? `\n    ${e.source}` : ''}\n`);
    }
    io.err(`${PROGRAM}: ${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'} in ${path}${text.length > MAX_RULES_TEXT ? '' : ': fix the lines above'}; nothing was scanned\n`);
    return null;
  }
  return parsed.rules.slice();
}

/** Returns the exit status: 0 when every page was scanned, 1 when some failed, 2 when the rules file is bad. */
export async function runScan(cmd: ScanCommand, io: Io): Promise<number> {
  const palette = paletteFor(io.stdoutIsTty, io.env);
  let rules: Rule[] | null = null;
  if (cmd.rules !== undefined) {
    if (cmd.rules === '-' && cmd.paths.includes('-')) {
      io.err(`${PROGRAM}: the rules and a page cannot both come from stdin\n`);
      return 2;
    }
    rules = await loadRules(cmd.rules, io, await loadParser());
    if (!rules) return 2;
  }
  const collected: PageJson[] = [];
  let failed = 0;
  let printed = 0;
  const pages = expandPaths(cmd.paths);
  // Not an error (nothing failed), but silence would look like a scan that found nothing.
  if (pages.length === 0) io.err(`${PROGRAM}: no .html, .htm or .txt files under ${cmd.paths.join(', ')}\n`);
  const parser = await loadParser();
  for (const page of pages) {
    const r = await scanOne(parser, page, io, cmd.verbose, cmd.explain ?? false, rules);
    await settle();
    if (!r.ok) {
      failed++;
      io.err(`${PROGRAM}: ${r.message}\n`);
      continue;
    }
    if (cmd.output === 'text') {
      io.out(`${printed > 0 ? '\n' : ''}${formatPageText({ source: page.source, ...r }, palette)}`);
    } else {
      const json = toPageJson(page.source, r.report, r.scanMs, r.stylesheetFallback);
      if (cmd.output === 'jsonl') io.out(formatJsonLine(json));
      else collected.push(json);
    }
    printed++;
    releasePage(r.page);
  }
  if (cmd.output === 'json') io.out(formatJsonDocument(collected));
  return failed > 0 ? 1 : 0;
}

// `appeal-spotter scan PATH...`: every page is read, parsed, scanned and printed in turn;
// a page that fails costs one stderr line, never the run.
import type { ScanReport } from '../core/index.js';
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
}

type PageResult =
  | { readonly ok: true; readonly report: ScanReport; readonly scanMs: number; readonly stylesheetFallback: boolean; readonly page: ParsedPage }
  | { readonly ok: false; readonly message: string };

async function scanOne(parser: Parser, page: InputPage, io: Io, verbose: boolean, explain: boolean): Promise<PageResult> {
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
    const { report, scanMs } = timedScan(parsed.document, undefined, explain);
    return { ok: true, report, scanMs, stylesheetFallback: parsed.stylesheetFallback, page: parsed };
  } catch (err) {
    releasePage(parsed);
    return { ok: false, message: `cannot scan ${name}: ${errorText(err)}` };
  }
}

/** Returns the exit status: 0 when every page was scanned, 1 when some failed. */
export async function runScan(cmd: ScanCommand, io: Io): Promise<number> {
  const palette = paletteFor(io.stdoutIsTty, io.env);
  const collected: PageJson[] = [];
  let failed = 0;
  let printed = 0;
  const pages = expandPaths(cmd.paths);
  // Not an error (nothing failed), but silence would look like a scan that found nothing.
  if (pages.length === 0) io.err(`${PROGRAM}: no .html, .htm or .txt files under ${cmd.paths.join(', ')}\n`);
  const parser = await loadParser();
  for (const page of pages) {
    const r = await scanOne(parser, page, io, cmd.verbose, cmd.explain ?? false);
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

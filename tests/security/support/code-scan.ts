// A static scanner over TypeScript/JavaScript ASTs (the TypeScript parser reads both), so
// comments and strings never cause false hits and reformatting never hides a real one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type Rule = 'html-sink' | 'code-eval' | 'network' | 'page-channel' | 'script-injection';

export interface Finding {
  readonly rule: Rule;
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const HTML_PROPS = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_CALLS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection', 'importScripts']);
const NETWORK_PROPS = new Set(['sendBeacon']);
const CHANNEL_GLOBALS = new Set(['MessageChannel', 'BroadcastChannel']);

function nameOf(node: ts.Node): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return null;
}

function objectName(node: ts.Node): string | null {
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return nameOf(node.expression);
  return null;
}

function isAssignmentOp(k: ts.SyntaxKind): boolean {
  return k === ts.SyntaxKind.EqualsToken || k === ts.SyntaxKind.PlusEqualsToken || k === ts.SyntaxKind.QuestionQuestionEqualsToken
    || k === ts.SyntaxKind.BarBarEqualsToken || k === ts.SyntaxKind.AmpersandAmpersandEqualsToken;
}

/** Is `node` an identifier used as a value (not a property name, declaration name or type)? */
function isValueIdentifier(node: ts.Identifier): boolean {
  const p = node.parent;
  if (!p) return true;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p)) && p.name === node) return false;
  if (ts.isTypeReferenceNode(p) || ts.isTypeQueryNode(p) || ts.isQualifiedName(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === node) return false;
  return true;
}

export function scanSource(file: string, text: string, rules: ReadonlySet<Rule>): Finding[] {
  const kind = /\.tsx?$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: Finding[] = [];
  const hit = (rule: Rule, node: ts.Node): void => {
    if (!rules.has(rule)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push({ rule, file, line, code: node.getText(sf).slice(0, 120) });
  };

  const visit = (node: ts.Node): void => {
    // el.innerHTML = x, el.outerHTML += x, iframe.srcdoc = x
    if (ts.isBinaryExpression(node) && isAssignmentOp(node.operatorToken.kind)) {
      const n = nameOf(node.left);
      if (n && HTML_PROPS.has(n) && !ts.isIdentifier(node.left)) hit('html-sink', node);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const n = nameOf(callee);
      const obj = objectName(callee);
      const first = node.arguments[0];
      if (n && HTML_CALLS.has(n) && !ts.isIdentifier(callee)) hit('html-sink', node);
      if ((n === 'write' || n === 'writeln') && obj === 'document') hit('html-sink', node);
      if (n === 'setAttribute' && first && ts.isStringLiteralLike(first) && (/^on/i.test(first.text) || first.text === 'srcdoc')) hit('html-sink', node);
      if (n === 'eval' && (ts.isIdentifier(callee) || obj === 'window' || obj === 'globalThis')) hit('code-eval', node);
      if (n === 'Function' && ts.isIdentifier(callee)) hit('code-eval', node);
      if ((n === 'setTimeout' || n === 'setInterval') && first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) hit('code-eval', node);
      if (n === 'addEventListener' && first && ts.isStringLiteralLike(first) && first.text === 'message') hit('page-channel', node);
      if (n === 'postMessage') hit('page-channel', node);
      if (n === 'addListener' && (obj === 'onMessageExternal' || obj === 'onConnectExternal')) hit('page-channel', node);
      if (n === 'createElement' && first && ts.isStringLiteralLike(first) && /^(script|iframe|object|embed)$/i.test(first.text)) hit('script-injection', node);
      if (n === 'import' || callee.kind === ts.SyntaxKind.ImportKeyword) hit('script-injection', node);
    }
    if (ts.isNewExpression(node) && nameOf(node.expression) === 'Function') hit('code-eval', node);
    if (ts.isBinaryExpression(node) && isAssignmentOp(node.operatorToken.kind) && nameOf(node.left) === 'onmessage') hit('page-channel', node);
    if (ts.isIdentifier(node) && isValueIdentifier(node)) {
      if (NETWORK_GLOBALS.has(node.text)) hit('network', node);
      if (CHANNEL_GLOBALS.has(node.text)) hit('page-channel', node);
    }
    if (ts.isPropertyAccessExpression(node) && NETWORK_PROPS.has(node.name.text)) hit('network', node);
    if (ts.isPropertyAccessExpression(node) && (node.name.text === 'fetch' || node.name.text === 'XMLHttpRequest') && ['window', 'globalThis', 'self'].includes(nameOf(node.expression) ?? '')) {
      hit('network', node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export function listFiles(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

export function scanFiles(files: readonly string[], rules: ReadonlySet<Rule>, root: string): Finding[] {
  return files.flatMap((f) => scanSource(path.relative(root, f), readFileSync(f, 'utf8'), rules));
}

export const describeFindings = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.rule} ${f.file}:${f.line} ${f.code}`);

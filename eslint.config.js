// Lint exists for one job above all: no page-derived string may reach an HTML sink
// (innerHTML, outerHTML, insertAdjacentHTML, document.write) in any extension code.
// Second: the extension makes no network requests and offers pages no channel in, and the
// core stays pure. tests/security/static-scan.test.ts checks the same on the built bundles.
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

/** Network and page-messaging globals: none of them belongs in code that runs in the browser. */
const NO_NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection', 'importScripts', 'BroadcastChannel', 'MessageChannel']
  .map((name) => ({ name, message: 'the extension never talks to the network or to pages (see SECURITY.md)' }));

/** The core runs in the content script, jsdom and Node: it takes everything from the Document passed in. */
const NOT_IN_CORE = ['window', 'document', 'location', 'navigator', 'browser', 'chrome', 'self', 'globalThis', 'process', 'require']
  .map((name) => ({ name, message: 'src/core is pure: use the Document/Element passed in (doc.defaultView only guarded)' }));

const HTML_SINK_PROPERTIES = [
  { object: 'document', property: 'write', message: 'never write page-derived text as HTML' },
  { object: 'document', property: 'writeln', message: 'never write page-derived text as HTML' },
  { object: 'navigator', property: 'sendBeacon', message: 'the extension never talks to the network' },
  { object: 'window', property: 'postMessage', message: 'no page-messaging channel' },
];

export default [
  { ignores: ['dist/**', 'node_modules/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': ['error', ...HTML_SINK_PROPERTIES],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Everything bundled into the extension (the CLI is a Node program and may read files).
    files: ['src/{content,background,popup,options,shared,platform,core}/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NO_NETWORK],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.value='message']", message: 'no window "message" channel: pages must not be able to talk to the extension' },
        { selector: "MemberExpression[property.name=/^on(MessageExternal|ConnectExternal)$/]", message: 'no external messaging' },
        { selector: "ImportExpression", message: 'no dynamic code loading in the extension' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/global.ts'], // the in-page timing entry: defines globalThis.AppealSpotter on purpose
    rules: {
      'no-restricted-globals': ['error', ...NO_NETWORK, ...NOT_IN_CORE],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'jsdom', 'webextension-polyfill', '../platform/*', '../content/*', '../background/*', '../popup/*', '../options/*', '../cli/*'], message: 'src/core is pure' }] }],
    },
  },
];

// Lint exists for one job above all: no page-derived string may reach an HTML sink
// (innerHTML, outerHTML, insertAdjacentHTML, document.write) in any extension code.
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default [
  { ignores: ['dist/**', 'node_modules/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': ['error',
        { object: 'document', property: 'write', message: 'never write page-derived text as HTML' },
        { object: 'document', property: 'writeln', message: 'never write page-derived text as HTML' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
];

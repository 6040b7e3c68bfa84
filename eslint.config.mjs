import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo/**', 'coverage/**', 'test/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is shared by custom functions, the task pane and the CLI: no host imports inside it.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'path', 'os', 'child_process', 'node:*', 'exceljs', 'office-*', '@microsoft/*', 'react*'], message: 'src/core must stay free of Node, Office and DOM imports.' },
          { group: ['**/excel/**', '**/functions/**', '**/taskpane/**', '**/cli/**', '**/commands/**', '**/sample/**'], message: 'src/core is the ground the hosts stand on: it never imports a host.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The two writers share the plan's styles (src/core/plan/styles.ts), never each other's code.
    files: ['src/excel/office/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/exceljs/**', 'exceljs'], message: 'The Office.js host never imports the ExcelJS host.' }] }] },
  },
  {
    files: ['src/excel/exceljs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/office/**', 'office-*'], message: 'The ExcelJS host never imports the Office.js host.' }] }] },
  },
  {
    // The streaming .xlsx reader runs in Node and in the pane alike: bytes in, no Node, ExcelJS or Office
    // (its Node side, node.ts, only opens the file).
    files: ['src/excel/xlsx/**/*.ts'],
    ignores: ['src/excel/xlsx/node.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['fs', 'path', 'os', 'stream', 'zlib', 'child_process', 'node:*', 'exceljs', '**/exceljs/**', '**/office/**', 'office-*'], message: 'The .xlsx reader is shared with the pane: no Node, ExcelJS or Office imports (node.ts opens files).' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'require', 'Buffer'],
    },
  },
  {
    // Add-in pages run in the browser (Office's webview), not in Node.
    files: ['src/taskpane/**/*.ts', 'src/commands/**/*.ts', 'src/functions/functions.ts'],
    languageOptions: { globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', CustomFunctions: 'readonly' } },
  },
  {
    // The service worker runs in its own global scope (self, caches, clients), not in a page.
    files: ['src/offline/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['bin/**/*.js', 'tools/**/*.js', 'test/**/*.js', 'bench/**/*.js', '*.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

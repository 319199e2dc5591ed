// ESLint flat config: typescript-eslint's recommended rules, plus the project's one
// architectural rule: src/core stays pure (no vscode, no Node built-ins) so the same
// code runs in the Node extension host, the CLI and the browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'bench/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly',
        TextDecoder: 'readonly', TextEncoder: 'readonly', __dirname: 'readonly', require: 'readonly',
        module: 'writable', performance: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'src/core must not import vscode: put VS Code adapters in src/extension.' },
          // A regex, not a gitignore-style group: "fs" as a group also matched the core's own
          // folder src/core/fs ("../fs/path"), which is not the Node module.
          { regex: '^(node:.*|(fs|path|os|child_process|crypto|util|stream|http|https|url|buffer|events)(/.*)?)$',
            message: 'src/core runs in the browser too: no Node built-ins.' },
          { group: ['**/extension/**', '**/cli/**', '**/node/**'], message: 'imports flow extension/cli/node -> core, never back.' },
        ],
      }],
    },
  },
  {
    // Node adapters shared by the CLI and the desktop extension: no VS Code, no CLI.
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'src/node is shared with the CLI: no vscode.' },
          { group: ['**/extension/**', '**/cli/**'], message: 'src/node is imported by extension and cli, never the reverse.' },
        ],
      }],
    },
  },
);

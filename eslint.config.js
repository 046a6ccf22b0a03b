// Lint keeps the architecture honest: the engine stays pure and the UI reaches it only through its index.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const engineWhy =
  'src/engine is pure and runs in browser, Node tests and a future server: only xstate and its own files.';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e/**', 'dist-bench/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@xstate/react'], message: engineWhy },
            { group: ['dexie', 'dexie/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: engineWhy },
            { group: ['@rjsf/*', 'ajv', 'ajv/*', 'ajv-*'], message: `${engineWhy} Validation is the SchemaValidator port.` },
            { group: ['node:*', 'fs', 'path', 'crypto'], message: engineWhy },
            { group: ['**/adapters/**', '**/ui/**', '**/editor/**', '**/main'], message: 'Imports point inward: the engine knows no adapter or UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'crypto', 'performance', 'fetch', 'setTimeout', 'setInterval', 'process'].map(
          (name) => ({ name, message: `${engineWhy} No DOM, ambient I/O or timers.` }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The clock is an injected port (Clock).' },
        { object: 'Math', property: 'random', message: 'Ids and randomness are injected ports (IdGenerator).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The clock is an injected port (Clock).' },
        { selector: "CallExpression[callee.name='Date']", message: 'The clock is an injected port (Clock).' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/editor/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/*', '!**/engine/index', '!**/engine/index.ts'], message: 'The UI reaches the engine through src/engine/index.ts only.' },
            { group: ['dexie', '**/adapters/**'], message: 'Only src/main.tsx wires adapters; the UI receives them through props or context.' },
          ],
        },
      ],
    },
  },
);

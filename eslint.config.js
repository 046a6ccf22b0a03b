// Lint keeps the architecture honest: the engine stays pure, the UI reaches it only through its index, and every folder
// imports only the zones below it (eslint.zones.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { zones } from './eslint.zones.js';

const INTERNAL_WHY = "src/engine/internal is the composition roots' and tests' entry; app code uses src/engine/index.";
const engineWhy = 'src/engine is pure and runs in browser, Node tests and a future server: only xstate and its own files.';

// What every UI and editor file keeps to (which folder may import which is the boundaries zones below).
const uiPatterns = [
  {
    group: ['**/engine/*', '!**/engine/index', '!**/engine/index.ts'],
    message: 'The UI reaches the engine through src/engine/index.ts only.',
  },
  { group: ['dexie', '**/adapters/**'], message: 'Only src/main.tsx wires adapters; the UI receives them through props or context.' },
];

// The engine's purity; process packs' data (src/processes/**/*.ts) keeps it too, as the engine reads it.
const engineRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-*', 'react/*', '@xstate/react'], message: engineWhy },
        { group: ['dexie', 'dexie/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: engineWhy },
        { group: ['@rjsf/*', 'ajv', 'ajv/*', 'ajv-*'], message: `${engineWhy} Validation is the SchemaValidator port.` },
        { group: ['node:*', 'fs', 'path', 'crypto'], message: engineWhy },
        {
          group: ['**/adapters/**', '**/ui/**', '**/kit/**', '**/shell/**', '**/editor/**', '**/main'],
          message: 'Imports point inward: the engine knows no adapter or UI.',
        },
        { group: ['**/engine/internal'], message: INTERNAL_WHY },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'window',
      'document',
      'navigator',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'crypto',
      'performance',
      'fetch',
      'setTimeout',
      'setInterval',
      'process',
    ].map((name) => ({ name, message: `${engineWhy} No DOM, ambient I/O or timers.` })),
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
};

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
    rules: engineRules,
  },
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/editor/**/*.{ts,tsx}',
      'src/kit/**/*.{ts,tsx}',
      'src/shell/**/*.{ts,tsx}',
      'src/processes/**/*.tsx',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: uiPatterns }] },
  },
  {
    // Tests beside app code may set up engines and stores through the composition roots' entry.
    files: [
      'src/ui/**/*.test.{ts,tsx}',
      'src/editor/**/*.test.{ts,tsx}',
      'src/kit/**/*.test.{ts,tsx}',
      'src/shell/**/*.test.{ts,tsx}',
      'src/processes/**/*.test.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ ...uiPatterns[0], group: [...uiPatterns[0].group, '!**/engine/internal'] }, uiPatterns[1]] },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/main.tsx'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/engine/internal'], message: INTERNAL_WHY }] }] },
  },
  zones,
  {
    // A pack's data is read by the engine: pure like it. Its React part (ui.tsx and what it uses) sits beside the pages.
    files: ['src/processes/**/*.ts'],
    ignores: ['src/processes/**/*.test.ts', 'src/processes/PackUi.ts'],
    languageOptions: { globals: {} },
    rules: engineRules,
  },
);

// Lint keeps the architecture honest: the engine stays pure, the UI reaches it only through its index, and the UI's layers point down.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const engineWhy =
  'src/engine is pure and runs in browser, Node tests and a future server: only xstate and its own files.';

// What every UI and editor file keeps to. ESLint does not merge a rule's options across config objects,
// so each UI layer below repeats these and adds its own.
const uiPatterns = [
  { group: ['**/engine/*', '!**/engine/index', '!**/engine/index.ts'], message: 'The UI reaches the engine through src/engine/index.ts only.' },
  { group: ['dexie', '**/adapters/**'], message: 'Only src/main.tsx wires adapters; the UI receives them through props or context.' },
];
// The UI's layers, from the top: the shell (src/ui/app: App, routes, sign-in), then the pages (src/ui/<area>/)
// and the editor (src/editor, loaded lazily by the shell), then src/ui/foundation (services, session, useLoad,
// router, format, labels), which all of them share. Imports point down. The patterns match the specifier as
// written, so they are spelled for the depth of today's files (src/ui/<folder>/, src/editor/<folder>/).
const foundationWhy = 'src/ui/foundation is the UI\'s ground floor: it imports no page, shell or editor module.';

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
    files: ['src/ui/**/*.{ts,tsx}', 'src/editor/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiPatterns }] },
  },
  {
    files: ['src/ui/foundation/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiPatterns,
            { regex: '^\\.\\./(?!\\.\\./)', message: `${foundationWhy} (A sibling folder of src/ui is a page or the shell.)` },
            { regex: '^(\\.\\./)+(ui|editor)/', message: foundationWhy },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/app/**', 'src/ui/foundation/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiPatterns,
            { regex: '^\\.\\./app/', message: 'Pages sit below the shell: they import src/ui/foundation, never src/ui/app (App, routes, sign-in).' },
            { regex: '^(\\.\\./)+editor/', message: 'Only the shell loads the editor (lazily, from app/RoutedPage.tsx).' },
          ],
        },
      ],
    },
  },
  {
    // Tests may cross: renderedByStepForm.test.tsx renders the editor's forms with the app's StepForm.
    files: ['src/editor/**/*.{ts,tsx}'],
    ignores: ['src/editor/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...uiPatterns,
            { regex: '^\\.\\./\\.\\./ui/(?!foundation/)', message: 'The editor may import src/ui/foundation, but no page or shell module of src/ui.' },
          ],
        },
      ],
    },
  },
  {
    // A pack's data is read by the engine: pure like it. Its React part (ui.tsx and what it uses) sits beside the pages.
    files: ['src/processes/**/*.ts'],
    ignores: ['src/processes/**/*.test.ts', 'src/processes/PackUi.ts'],
    languageOptions: { globals: {} },
    rules: engineRules,
  },
  {
    files: ['src/processes/**/*.tsx'],
    ignores: ['src/processes/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...uiPatterns, { regex: '^(\\.\\./)+(ui/(?!foundation/)|editor/)', message: 'A pack\'s React part uses src/ui/foundation only, like a page.' }] },
      ],
    },
  },
);

// The folders as zones (eslint-plugin-boundaries): each zone names the zones it may import, so a file moved to another
// folder gets that folder's rules, not the ones a path depth happened to match. Imports inside a zone are free.
import boundaries from 'eslint-plugin-boundaries';

/** Zones from the bottom up; the first pattern that matches a file names its zone. */
const ELEMENTS = [
  { type: 'data', pattern: ['machines/**', 'forms/**'], partialMatch: false },
  { type: 'i18n', pattern: 'src/i18n/**', partialMatch: false },
  { type: 'engine', pattern: 'src/engine/**', partialMatch: false },
  { type: 'processes', pattern: 'src/processes/**', partialMatch: false },
  { type: 'api', pattern: 'src/api/**', partialMatch: false },
  { type: 'adapters', pattern: 'src/adapters/**', partialMatch: false },
  { type: 'demo', pattern: 'src/demo/**', partialMatch: false },
  { type: 'server', pattern: 'src/server/**', partialMatch: false },
  { type: 'kit', pattern: 'src/kit/**', partialMatch: false },
  { type: 'pages', pattern: 'src/ui/**', partialMatch: false },
  { type: 'editor', pattern: 'src/editor/**', partialMatch: false },
  { type: 'shell', pattern: 'src/shell/**', partialMatch: false },
  { type: 'main', pattern: 'src', partialMatch: false },
];

/** What each zone may import besides itself, and why a forbidden import is forbidden. */
const ZONES = {
  i18n: { may: [], why: 'src/i18n is Swedish wording only: it imports nothing of the app.' },
  engine: { may: [], why: 'src/engine is the bottom floor: it knows no adapter, API, server or UI.' },
  processes: {
    may: ['engine'],
    why: "A pack's data (src/processes/**/*.ts) is handed to the engine by the composition roots: it imports only the engine.",
  },
  api: { may: ['engine'], why: 'src/api is the wire contract shared by server and browser: only the engine below it.' },
  adapters: { may: ['engine', 'api', 'i18n', 'data'], why: "Adapters implement the engine's and the API's ports: no server, UI or demo." },
  demo: { may: ['engine', 'api', 'adapters', 'processes'], why: 'The demo seeds through the engine and the adapters: no server or UI.' },
  server: {
    may: ['engine', 'api', 'adapters', 'demo', 'processes', 'i18n', 'data'],
    why: 'The server composes the engine, the API and the adapters: it imports no browser code (kit, pages, editor, shell).',
  },
  kit: {
    may: ['engine', 'api', 'i18n'],
    why: "src/kit is the client's ground floor (services, session, useLoad, router, format, labels): no page, pack UI, editor or shell.",
  },
  pages: {
    may: ['engine', 'api', 'kit', 'i18n'],
    why: 'Pages (src/ui/<feature>) stand on the kit: the shell and the editor are above them, adapters are wired by main.tsx.',
  },
  editor: {
    may: ['engine', 'api', 'kit', 'i18n'],
    why: 'The editor sits beside the pages on the kit: no page, pack or shell module (the shell loads it lazily).',
  },
  shell: {
    may: ['engine', 'api', 'kit', 'pages', 'editor', 'i18n'],
    why: 'The shell (App, routes, sign-in) is the top floor: it composes pages and the editor, never adapters (main.tsx wires them).',
  },
  main: {
    may: ['shell', 'kit', 'adapters', 'engine', 'api', 'processes'],
    why: "src/main.tsx wires the adapters and the packs into the kit's services and starts the shell.",
  },
};

// A later policy wins: everything is refused with the reason, then the allow-list lets its zones through.
const zonePolicies = Object.entries(ZONES).flatMap(([type, { may, why }]) => [
  { from: { element: { type } }, disallow: { to: { element: { type: '*' } } }, message: why },
  { from: { element: { type } }, allow: { to: { element: { types: { anyOf: [type, ...may] } } } } },
]);

// A pack's React part (src/processes/**/*.tsx) sits beside the pages; its data (*.ts) is read by the engine.
const react = { categories: 'react' };
const PACK_UI_WHY = "A pack's React part (src/processes/**/*.tsx) uses the kit, the engine and its own pack, like a page.";
const packPolicies = [
  { from: { element: { type: 'processes' }, file: react }, allow: { to: { element: { types: { anyOf: ['kit', 'api', 'i18n'] } } } } },
  {
    from: { element: { type: 'processes' } },
    disallow: { to: { element: { type: 'processes' }, file: react } },
    message: "A pack's data (*.ts) is read by the engine: it imports no React part (*.tsx).",
  },
  { from: { element: { type: 'processes' }, file: react }, allow: { to: { element: { type: 'processes' }, file: react } } },
  {
    from: { element: { types: { anyOf: ['engine', 'api', 'adapters', 'demo', 'server', 'kit', 'pages', 'editor', 'shell'] } } },
    disallow: { to: { element: { type: 'processes' }, file: react } },
    message: `${PACK_UI_WHY} Only the composition root (src/main.tsx) finds it, by its place, for the kit's usePackUi.`,
  },
];
const policies = [...zonePolicies, ...packPolicies];

/** The config object: production files only (tests may cross, e.g. the editor's forms rendered by the app's StepForm). */
export const zones = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/**/*.test.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': ELEMENTS,
    'boundaries/files': [{ category: 'react', pattern: '**/*.tsx' }],
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message: 'Production code imports only the zones of eslint.zones.js (no test helper, nothing outside src/, machines/, forms/).',
        checkInternals: true,
        checkUnknownLocals: true,
        policies,
      },
    ],
  },
};

/**
 * The architecture, checked: apps depend only on core's public entries, never on each other, and decide
 * no dates or statuses themselves; core never depends on an app, its main entry stays free of Node
 * built-ins, and its stages depend only forward (read/ knows no importer, parse/ no archive, report/ no
 * parser).
 * Run by `pnpm lint`; a test (tests/boundaries.test.ts) proves each rule fires.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'app-imports-other-app',
      comment: 'An app may not import another app. Logic two apps need belongs in packages/core.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'app-imports-core-internals',
      comment:
        'Apps use @sammantrade/core, @sammantrade/core/node, @sammantrade/core/read and @sammantrade/core/postgres only, never files inside core.',
      severity: 'error',
      from: { path: '^apps/' },
      to: {
        path: '^packages/core/',
        pathNot: [
          '^packages/core/src/(index|node|read|postgres)\\.ts$',
          '^packages/core/dist/(index|node|read|postgres)\\.(js|d\\.ts)$',
        ],
      },
    },
    {
      name: 'app-decides-dates',
      comment:
        'Statuses, deadlines and dates are answered by core (query/, rules/), never worked out in an app: an app that needs date arithmetic is deciding something core must answer once for all apps.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: ['node_modules/(luxon|date-holidays)/', '^(luxon|date-holidays)$'] },
    },
    {
      name: 'read-imports-parse',
      comment:
        "The readers turn bytes into text and know no importer; the importer's vocabulary is given to them by the read entry (src/read.ts).",
      severity: 'error',
      from: { path: '^packages/core/src/read/' },
      to: { path: '^packages/core/src/parse/' },
    },
    {
      name: 'parse-imports-archive',
      comment: 'The importer reads documents into the model; it knows nothing of archives (folders, indexes, files).',
      severity: 'error',
      from: { path: '^packages/core/src/parse/' },
      to: { path: '^packages/core/src/archive/' },
    },
    {
      name: 'report-imports-parse',
      comment: "Reports reshape the answers of query/; reading text is the importer's job, done once at import.",
      severity: 'error',
      from: { path: '^packages/core/src/report/' },
      to: { path: '^packages/core/src/parse/' },
    },
    {
      name: 'core-imports-app',
      comment: 'Core is the bottom layer: it knows no app.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^apps/' },
    },
    {
      name: 'core-main-entry-uses-node',
      comment: 'The main entry of core runs in a browser: Node built-ins only behind @sammantrade/core/node.',
      severity: 'error',
      from: {
        path: '^packages/core/src/',
        pathNot: [
          '^packages/core/src/node\\.ts$',
          '^packages/core/src/node/',
          '^packages/core/src/postgres\\.ts$',
          '^packages/core/src/postgres/',
          '^packages/core/src/read/(thread|zip|document-worker)\\.(ts|mjs)$',
          '^packages/core/src/archive/(load|write|cache|watch|scan)\\.ts$',
          '\\.test\\.ts$',
        ],
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve (a deep import blocked by an exports map, a typo).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|coverage|\\.sammantrade)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.base.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@sammantrade/source', 'import', 'types', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};

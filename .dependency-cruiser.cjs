/**
 * The architecture, checked: apps depend only on core's public entries, never on each other;
 * core never depends on an app, and its main entry stays free of Node built-ins.
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
        'Apps use @sammantrade/core, @sammantrade/core/node and @sammantrade/core/read only, never files inside core.',
      severity: 'error',
      from: { path: '^apps/' },
      to: {
        path: '^packages/core/',
        pathNot: ['^packages/core/src/(index|node|read)\\.ts$', '^packages/core/dist/(index|node|read)\\.(js|d\\.ts)$'],
      },
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
          '^packages/core/src/read/(thread|zip|document-worker)\\.(ts|mjs)$',
          '^packages/core/src/archive/(load|write|cache|watch)\\.ts$',
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

/**
 * The import rules of DESIGN.md and STYLE.md, checked in `npm test`:
 * common imports neither server nor web; web never imports server; server/src/platform imports no
 * module; a module imports another module only through that module's index.ts.
 */
module.exports = {
  forbidden: [
    {
      name: 'common-is-pure',
      severity: 'error',
      comment: 'common/ holds schemas and pure rules shared by the server and the browser.',
      from: { path: '^common/' },
      to: { path: '^(server|web)/' },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      comment: 'web/ talks to the server over HTTP only.',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'platform-imports-no-module',
      severity: 'error',
      comment: 'The platform knows modules only through the manifests handed to it.',
      from: { path: '^server/src/platform/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'modules-through-their-door',
      severity: 'error',
      comment: 'Another module is imported only through its index.ts.',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: {
        path: '^server/src/modules/([^/]+)/.+',
        // A module's test factories (buildEmployee...) are for other modules' tests too.
        pathNot: [
          '^server/src/modules/$1/',
          '^server/src/modules/[^/]+/index\\.ts$',
          '^server/src/modules/[^/]+/test/',
        ],
      },
    },
    {
      name: 'no-circular-modules',
      severity: 'error',
      from: { path: '^server/src/modules/' },
      to: { circular: true, path: '^server/src/modules/', pathNot: '^server/src/modules/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist)' },
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};

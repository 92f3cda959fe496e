// Imports run one way (docs/architecture.md): each folder of src/ may import only the folders
// listed for it, so a change to a page file cannot break the command line. `npm run lint` runs it.
const MAY_IMPORT = {
  lib: [],
  terms: ['lib'],
  matching: ['lib', 'terms'],
  reading: ['lib', 'terms'],
  // PDF, DOCX and text files read into text, for the reader page and the command line; why a
  // file cannot be read is a message of the catalog, so the reader says it in its language.
  documents: ['lib', 'terms', 'reading', 'i18n'],
  glossary: ['lib', 'terms'],
  // The interface's words in each language (a typed catalog).
  i18n: ['lib', 'terms'],
  settings: ['lib', 'terms', 'glossary', 'i18n'],
  messages: ['lib', 'terms', 'glossary', 'settings', 'i18n'],
  page: ['lib', 'terms', 'matching', 'reading', 'glossary', 'settings', 'messages', 'i18n'],
  popup: [
    'lib',
    'terms',
    'matching',
    'reading',
    'documents',
    'glossary',
    'settings',
    'messages',
    'i18n',
  ],
  questions: ['lib', 'terms', 'glossary', 'settings', 'popup', 'i18n'],
  reader: [
    'lib',
    'terms',
    'matching',
    'reading',
    'documents',
    'glossary',
    'settings',
    'messages',
    'page',
    'popup',
    'i18n',
  ],
  background: ['lib', 'terms', 'glossary', 'settings', 'messages', 'i18n'],
  cli: ['lib', 'terms', 'matching', 'reading', 'documents', 'glossary', 'i18n'],
};
const FOLDERS = Object.keys(MAY_IMPORT);

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle makes two modules one: neither can be read or changed alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...FOLDERS.map((folder) => ({
      name: `${folder}-imports-run-one-way`,
      comment: `src/${folder} may import only ${MAY_IMPORT[folder].map((f) => `src/${f}`).join(', ') || 'itself'} (and packages).`,
      severity: 'error',
      from: { path: `^src/${folder}/`, pathNot: '\\.test\\.ts$' },
      to: {
        path: '^(src|entrypoints)/',
        pathNot: `^src/(${[folder, ...MAY_IMPORT[folder]].join('|')})/`,
      },
    })),
    {
      name: 'every-folder-has-a-place',
      comment: `Each folder of src/ has a place in .dependency-cruiser.cjs (${FOLDERS.join(', ')}): add a new one there and to docs/architecture.md.`,
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${FOLDERS.join('|')})/` },
      to: {},
    },
    {
      name: 'nothing-imports-entrypoints',
      comment: 'Entrypoints are the top: thin wiring that nothing else imports.',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'no-tests-in-code',
      comment: 'Code never imports a test or its helpers.',
      severity: 'error',
      from: { path: '^(src|entrypoints)/', pathNot: '\\.test\\.ts$' },
      to: { path: '(\\.test\\.ts$|^tests/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI_LIBS = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'd3',
  'd3-*',
  'katex',
  'katex/*',
  'zustand',
  'zustand/*',
];

/** The layers, lowest first: each folder of src/ imports only from the ones before it. */
const LAYERS = ['engine', 'data', 'worker', 'components', 'kit', 'lessons', 'app'];
/** Developer pages that sit beside the app: they may use every layer but the app shell. */
const PAGES = ['gallery', 'lab'];
const ORDER = 'engine ← data ← worker ← components ← kit ← lessons ← app';

/** no-restricted-imports pattern: code above the worker reaches it only through src/worker/index.ts. */
function workerEntryRule(folder) {
  return {
    regex: '^(\\.\\./)+worker/',
    message: `Layer rule: src/${folder} imports the worker only through its public entry point (src/worker/index.ts), not src/worker/<file>.`,
  };
}

/** A lesson folder never imports another lesson's folder: what two lessons share lives in the kit or components. */
const OTHER_LESSON_RULE = {
  regex: '^\\.\\./[^./][^/]*/',
  message:
    "Layer rule: a lesson may not import another lesson's folder; move what both need to src/kit or src/components.",
};

/** no-restricted-imports patterns that forbid `layer` from importing any folder above it. */
function layerRule(layer) {
  const above = [...LAYERS.slice(LAYERS.indexOf(layer) + 1), ...PAGES];
  const upward = above.map((upper) => ({
    regex: `^(\\.\\./)+${upper}(/|$)`,
    message: `Layer rule: src/${layer} may not import src/${upper} (${ORDER}; nothing imports upward).`,
  }));
  const isAboveWorker = LAYERS.indexOf(layer) > LAYERS.indexOf('worker');
  return isAboveWorker ? [...upward, workerEntryRule(layer)] : upward;
}

/** One config block per layer, so an upward import fails lint with a message naming the rule. */
const layerConfigs = LAYERS.slice(1, -1).map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: layerRule(layer) }] },
}));
/** Inside a lesson's folder (not the registry beside them), the layer rules and no other lesson. */
const lessonFolderConfig = {
  files: ['src/lessons/*/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [...layerRule('lessons'), OTHER_LESSON_RULE] }],
  },
};
/** The app shell sits on top (it may import the developer pages) but reaches the worker only via its index. */
const appConfig = {
  files: ['src/app/**/*.{ts,tsx}'],
  rules: { 'no-restricted-imports': ['error', { patterns: [workerEntryRule('app')] }] },
};
const pageConfigs = PAGES.map((page) => ({
  files: [`src/${page}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(\\.\\./)+(app|lessons)(/|$)',
            message: `Layer rule: src/${page} is a developer page; it may not import the app shell or a lesson.`,
          },
          workerEntryRule(page),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mnist',
      'reports',
      'test-results',
      'bench/node_modules',
      'bench/results',
      'src/engine/kernels/wasm/assembly',
      'src/engine/kernels/wasm/kernels.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The engine is plain TypeScript: no UI libraries and no DOM, so it runs in Node, the page and a worker.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_LIBS,
              message: 'src/engine must not import UI libraries (React, D3, KaTeX, zustand).',
            },
            ...layerRule('engine'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'HTMLElement',
          'Element',
          'requestAnimationFrame',
          'localStorage',
          'fetch',
        ].map((name) => ({ name, message: 'src/engine must not touch the DOM or browser APIs.' })),
      ],
    },
  },
  ...layerConfigs,
  lessonFolderConfig,
  appConfig,
  ...pageConfigs,
);

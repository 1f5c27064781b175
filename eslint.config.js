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
);

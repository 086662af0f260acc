import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Text belongs in messages/*.json, never in components.
      'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: ['·', '–', '—', '(', ')', ':', '/', '✓', '×', '•', '→', '←', '#', '%'] }],
    },
  },
  {
    // lib/ is plain TypeScript shared by the command line (scripts/assess.ts),
    // the engine tests in node and the pages: a React or Next import there
    // would tie the engine to a renderer and break the CLI and node tests.
    // Type-only imports are erased at compile time, so they stay allowed.
    files: ['lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'next'].map((name) => ({
            name,
            message: 'lib/ is pure TypeScript shared by the CLI, the node tests and the pages: keep React and Next in components/ and app/.',
            allowTypeImports: true,
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'next/*'],
              message: 'lib/ is pure TypeScript shared by the CLI, the node tests and the pages: keep React and Next in components/ and app/.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // next/link brings Next's client router into the bundle of every page
    // that renders it, and content pages ship no JavaScript at all (ADR 0005):
    // links are plain <a> elements with locale-aware hrefs.
    files: ['components/**', 'app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: "next/link pulls Next's client router into every page, while content pages ship no JavaScript: use a plain <a> with a locale path from lib/i18n/paths.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // Dates are formatted in one place so that English and French pages write
    // every date the same way (same precision, same time zone, same style).
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx}'],
    ignores: ['lib/dates.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
          message: 'Format dates with lib/dates.ts, so both languages read dates the same way.',
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: { 'react/jsx-no-literals': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'reports/**', 'coverage/**']),
]);

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
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: { 'react/jsx-no-literals': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'reports/**', 'coverage/**']),
]);

// Jest through next/jest. Two projects: `lib/` is pure TypeScript tested in
// node; components are tested in jsdom. next-intl and its ICU helpers ship
// ESM only, so they are transformed (next/jest's own ignore list would win if
// we only appended to it, hence the replacement below).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });
const esm = ['next-intl', 'use-intl', 'icu-minify', 'intl-messageformat', '@formatjs', '@schummar'];

const common = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['<rootDir>/tests/e2e/', '<rootDir>/.next/', '<rootDir>/out/'],
};

async function project(displayName, testEnvironment, testMatch, extra = {}) {
  const config = await createJestConfig({ ...common, testEnvironment, ...extra })();
  return {
    ...config,
    displayName,
    testMatch,
    transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  };
}

module.exports = async () => ({
  projects: [
    await project('unit', 'node', ['<rootDir>/tests/unit/**/*.test.ts']),
    await project('components', 'jsdom', ['<rootDir>/tests/components/**/*.test.tsx'], {
      setupFilesAfterEnv: ['<rootDir>/tests/components/setup.ts'],
    }),
  ],
});

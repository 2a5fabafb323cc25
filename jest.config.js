// One jest, several suites; `npm test` runs them in the order the README gives.
const transform = {
  '^.+\\.(t|j|mj)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};
// ESM-only packages jest must transpile to CommonJS.
const esmPackages = ['temporal-polyfill', 'temporal-utils', 'temporal-spec'];
const base = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
const suite = (name, extra = {}) => ({
  ...base,
  displayName: name,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

module.exports = {
  projects: [
    suite('domain'),
    suite('contract'),
    suite('emulator'),
    suite('integration'),
    suite('reliability'),
    // One UI build check and one Chromium for every browser file (each file still has its own
    // emulator and browser contexts).
    suite('e2e', {
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
    }),
  ],
};

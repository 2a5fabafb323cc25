// Strict, type-aware lint for every TypeScript file we own.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '**/build/**',
      'coverage/**',
      'test-artifacts/**',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        module: 'writable',
        require: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
  },
  {
    // Atlaskit marks props deprecated with migration guides that are internal to Atlassian;
    // the UI follows the published component API until a public replacement exists.
    files: ['static/**/*.ts', 'static/**/*.tsx', 'emulator/web/**/*.ts', 'emulator/web/**/*.tsx'],
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
  {
    // One seam between the UI and the backend: the browser bundles take from src/ only what the
    // contract module exports, so a domain refactor cannot silently change what the UI runs.
    files: ['static/**/*.ts', 'static/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(^|/)src(?!/contract/)(/|$)`,
              message: 'The UI imports from src/ only through the contract module (src/contract/).',
            },
            {
              group: ['@forge/api', '@forge/kvs', '@forge/events'],
              message: 'Backend-only package.',
            },
          ],
        },
      ],
    },
  },
  {
    // Entry points parse, check permission, call a service and map the result: Jira REST is
    // reached through src/jira/ and the platform through src/platform/, never from here.
    files: ['src/resolvers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/static/**'], message: 'The backend does not import the UI.' },
            {
              group: ['@forge/api'],
              message: 'Reach Jira through src/jira/, the platform through src/platform/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Storage keeps app data behind the KeyValueStore port: no Jira requests, no platform, no UI.
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/static/**'], message: 'The backend does not import the UI.' },
            {
              group: [
                '**/jira/http',
                '**/jira/issues',
                '**/jira/tickets-read',
                '**/jira/bulk-properties',
              ],
              message: 'Storage does not call Jira.',
            },
            {
              group: ['@forge/*'],
              message: 'Storage reaches the platform only through the KeyValueStore port.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests index into fixtures they just built and use jest's asymmetric matchers (typed any).
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The domain is pure: no platform, no I/O, no clock.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@forge/*', 'node:*', 'fs', 'http', 'https'] },
      ],
      'no-restricted-globals': ['error', 'Date', 'fetch', 'setTimeout'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random' }],
    },
  },
);

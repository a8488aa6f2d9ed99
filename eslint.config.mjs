// Lint: typescript-eslint's recommended rules, React hooks in the app, and the import boundaries
// of config/eslint-boundaries.mjs (core stays pure, the app never reaches the server, one owner per SDK).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { boundariesPlugin } from './config/eslint-boundaries.mjs'

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.data/', '.swc/', '.tmp/', 'test-results/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { boundaries: boundariesPlugin },
    rules: {
      'boundaries/imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Time is an input: the core takes `now`, never reads the clock or the environment.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'require', 'fetch', 'window', 'document'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'the core takes `now` as an input' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'the core takes `now` as an input' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['warn', { max: 200, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/client/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}', 'src/packages/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests patch and load modules at run time (the SDK's transport, a freshly built bundle), and
    // are typed like the code: srv.call from the contract, demo people from the model.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // E2E runs under Playwright Test, not jest: its test and expect come from ./fixtures (a server per
    // test, a frozen clock), and its browser from @playwright/test (which records the traces).
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['jest', 'describe', 'test', 'it', 'expect', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach'].map((name) => ({
          name,
          message: "E2E runs under Playwright Test: import { test, expect } from './fixtures'",
        })),
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'playwright-core', message: 'import from @playwright/test' }] }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    // Build and bench scripts run in Node; the bench also hands functions to the browser page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
)

// One transform for every jest layer; `npm test` runs them all (then the E2E tests under Playwright
// Test, see playwright.config.ts), `--selectProjects` one of them.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
}
const layer = (name) => ({ displayName: name, transform, testEnvironment: 'node', testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`] })

module.exports = { projects: ['unit', 'contract', 'integration'].map(layer) }

// One transform for every layer; `npm test` runs them all, `--selectProjects` one of them.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
}
const layer = (name) => ({ displayName: name, transform, testEnvironment: 'node', testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`] })

module.exports = { projects: ['unit', 'contract', 'integration', 'e2e'].map(layer) }

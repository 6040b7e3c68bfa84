/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // Type errors are caught by `npm run typecheck`; ts-jest only transpiles, which keeps the suite fast.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/helpers/closingLine.js'],
};

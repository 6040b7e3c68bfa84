/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // Type errors are caught by `npm run typecheck`; ts-jest only transpiles, which keeps the suite fast.
  testTimeout: 120000,
  // office-addin-mock requires office-addin-manifest, whose main entry pulls in an ESM-only dependency;
  // the mock only needs its OfficeApp enum, which this CommonJS file provides.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' },
  reporters: ['default', '<rootDir>/test/helpers/closingLine.js'],
};

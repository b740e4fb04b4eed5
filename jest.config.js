/** Jest runs TypeScript through ts-jest without type checking (`npm run typecheck` does that once). */
module.exports = {
  testEnvironment: 'node',
  // signal-exit (via write-file-atomic) keeps its emitter on the global object; Jest's soft cleanup of it overflows the stack.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 60_000,
  maxWorkers: 2,
  // The reliability suites print their figures (inputs tried, crashes, messages lost, p99, memory) after the run.
  globalSetup: '<rootDir>/test/support/figuresSetup.js',
  globalTeardown: '<rootDir>/test/support/printFigures.js',
};

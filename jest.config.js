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
};

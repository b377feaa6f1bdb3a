/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // "default" without its summary, then the summary followed by the checks that did not run for want of a
  // program (test/e2e): jest would otherwise print its summary after every reporter, hiding them.
  reporters: ['<rootDir>/test/e2e/progress-reporter.js', '<rootDir>/test/e2e/not-run-reporter.js'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    // office-addin-manifest (read by the manifest test) brings uuid 14, which is ESM-only and which jest
    // cannot require; it only uses uuid.v4, which the CommonJS uuid 8 installed beside exceljs has too.
    '^uuid$': '<rootDir>/node_modules/uuid/dist/index.js',
  },
};

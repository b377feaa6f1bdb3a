/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
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

/** Jest runs the TypeScript sources directly (type-checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest only for one enum; the real package is ESM-only under jest.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-shim.js",
  },
  testTimeout: 30000,
  setupFiles: ["<rootDir>/test/support/jsdom-globals.js"],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};

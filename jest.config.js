/** Jest runs the TypeScript sources directly; ts-jest compiles them to CommonJS for Node. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          jsx: "react-jsx",
          esModuleInterop: true,
          target: "es2020",
          isolatedModules: true,
        },
        diagnostics: false,
      },
    ],
  },
  // office-addin-mock pulls uuid (ESM only) and strip-bom; these shims keep it loadable under Jest 30.
  moduleNameMapper: {
    "^uuid$": "<rootDir>/tests/shims/uuid.js",
    "^strip-bom$": "<rootDir>/tests/shims/stripBom.js",
  },
  testTimeout: 30000,
};

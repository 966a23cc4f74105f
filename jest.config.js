// Test layers are chosen by TEST_TYPE (scripts/test.js sets it and starts the database).
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatchByType = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s", "**/scripts/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/*.spec.[jt]s"],
  cluster: ["**/integration-tests/cluster/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target: "es2021",
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  // .stryker-tmp holds the sandbox copies of `npm run test:mutation` while it runs.
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.stryker-tmp"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: testMatchByType[process.env.TEST_TYPE] ?? testMatchByType.unit,
  // Unit specs may sit beside module specs; the module layer must not run them twice.
  testPathIgnorePatterns:
    process.env.TEST_TYPE === "integration:modules"
      ? ["/node_modules/", "\\.unit\\.spec\\."]
      : ["/node_modules/"],
}

// What the published tarball must and must not hold. `npm run test:install` checks the list
// from `npm pack --dry-run --json` against these rules; the rules are unit-tested.

/** Files a store developer needs: the server code, its declarations, the admin bundle, docs. */
const REQUIRED_FILES = [
  "package.json",
  "README.md",
  // The README is a front door to these guides; without them its links break in node_modules.
  "docs/options.md",
  "docs/storefront.md",
  "LICENSE",
  "CHANGELOG.md",
  ".medusa/server/src/modules/solar360/index.js",
  ".medusa/server/src/modules/solar360/index.d.ts",
  ".medusa/server/src/workflows/index.js",
  ".medusa/server/src/workflows/index.d.ts",
  ".medusa/server/src/providers/analytics/index.js",
  ".medusa/server/src/providers/analytics/index.d.ts",
  ".medusa/server/src/admin/index.js",
  ".medusa/server/src/client/index.d.ts",
  // The store client's types: without them its methods are untyped in a storefront.
  ".medusa/server/src/client/store-client.d.ts",
  ".medusa/server/src/client/openapi-types.d.ts",
  ".medusa/storefront/index.mjs",
  ".medusa/storefront/index.cjs",
  ".medusa/server/src/admin/index.mjs",
]

/** Anything a tarball must never carry, with the reason shown when it does. */
const FORBIDDEN = [
  { pattern: /(^|\/)__tests__\//, why: "tests" },
  { pattern: /\.(unit\.)?spec\.[cm]?[jt]sx?$/, why: "tests" },
  { pattern: /\.test\.[cm]?[jt]sx?$/, why: "tests" },
  { pattern: /(^|\/)__fixtures__\//, why: "test fixtures" },
  { pattern: /(^|\/)integration-tests\//, why: "tests" },
  { pattern: /(^|\/)bench\//, why: "benchmarks" },
  { pattern: /^examples\//, why: "examples (copied from the repository, not installed)" },
  { pattern: /(^|\/)scripts\//, why: "development scripts" },
  { pattern: /\.map$/, why: "source maps" },
  { pattern: /(^|\/)\.data\//, why: "local data" },
  { pattern: /(^|\/)\.env(\.|$)/, why: "local environment" },
  { pattern: /(^|\/)medusa-config\.[jt]s$/, why: "the development app's config" },
  { pattern: /\.tgz$/, why: "packed archives" },
  { pattern: /(^|\/)node_modules\//, why: "installed packages" },
]

/**
 * Problems with a tarball's file list (paths relative to the package root), empty when the
 * list is right: each required file missing, each forbidden file present, and every built
 * JavaScript file of the server code that ships without its declaration.
 */
function packageContentProblems(paths) {
  const present = new Set(paths)
  const problems = []
  for (const file of REQUIRED_FILES) {
    if (!present.has(file)) {
      problems.push(`missing ${file}`)
    }
  }
  for (const file of paths) {
    const rule = FORBIDDEN.find(({ pattern }) => pattern.test(file))
    if (rule) {
      problems.push(`must not ship ${file} (${rule.why})`)
    }
  }
  for (const file of paths) {
    const isServerCode =
      file.startsWith(".medusa/server/src/") &&
      file.endsWith(".js") &&
      !file.startsWith(".medusa/server/src/admin/")
    if (isServerCode && !present.has(file.replace(/\.js$/, ".d.ts"))) {
      problems.push(`no declaration for ${file}`)
    }
  }
  return problems
}

module.exports = { REQUIRED_FILES, packageContentProblems }

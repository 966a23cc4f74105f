const { REQUIRED_FILES, packageContentProblems } = require("../package-contents")

describe("packageContentProblems", () => {
  const good = [
    ...REQUIRED_FILES,
    ".medusa/server/src/lib/finance/price.js",
    ".medusa/server/src/lib/finance/price.d.ts",
  ]

  it("accepts a tarball with the server code, its declarations and the docs", () => {
    expect(packageContentProblems(good)).toEqual([])
  })

  it("names each required file that is missing", () => {
    const withoutLicense = good.filter((file) => file !== "LICENSE" && file !== "CHANGELOG.md")
    expect(packageContentProblems(withoutLicense)).toEqual(["missing LICENSE", "missing CHANGELOG.md"])
  })

  it.each([
    [".medusa/server/src/lib/finance/__tests__/price.unit.spec.js", "tests"],
    [".medusa/server/src/lib/aneel/__fixtures__/tariffs-page-1.json", "test fixtures"],
    ["bench/ingest.js", "benchmarks"],
    ["examples/nextjs-starter/src/modules/solar360/provider.tsx", "examples (copied from the repository, not installed)"],
    ["integration-tests/http/leads-store.spec.ts", "tests"],
    [".medusa/server/src/lib/finance/price.js.map", "source maps"],
    [".data/postgres/PG_VERSION", "local data"],
    ["medusa-config.ts", "the development app's config"],
  ])("refuses %s (%s)", (file, why) => {
    expect(packageContentProblems([...good, file])).toContain(`must not ship ${file} (${why})`)
  })

  it("flags server code shipped without its declaration", () => {
    const files = [...good, ".medusa/server/src/lib/finance/iof.js"]
    expect(packageContentProblems(files)).toEqual([
      "no declaration for .medusa/server/src/lib/finance/iof.js",
    ])
  })
})

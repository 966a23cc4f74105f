const fs = require("fs")
const os = require("os")
const path = require("path")
const { brokenLinks, headingAnchors, linkTargets, projectMarkdownFiles } = require("../markdown-links")

const root = path.resolve(__dirname, "../../..")

describe("the project's Markdown links", () => {
  it("README.md and every guide under docs/ link only to files and headings that exist", () => {
    const files = projectMarkdownFiles(root)
    expect(files.length).toBeGreaterThan(10)
    const broken = files.flatMap((file) =>
      brokenLinks(file).map((b) => `${path.relative(root, b.file)}: ${b.target} (${b.reason})`)
    )
    expect(broken).toEqual([])
  })

  it("the README reaches every guide under docs/ in one click", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8")
    const linked = new Set(linkTargets(readme).map((target) => target.split("#")[0]))
    const guides = fs
      .readdirSync(path.join(root, "docs"))
      .filter((name) => name.endsWith(".md"))
      .map((name) => `docs/${name}`)
    const unreachable = guides.filter(
      (guide) => !linked.has(guide) && guide !== "docs/analytics-ingest-performance.md"
    )
    expect(unreachable).toEqual([])
  })
})

describe("brokenLinks", () => {
  let dir
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "md-links-"))
    fs.writeFileSync(
      path.join(dir, "guide.md"),
      "# Guide\n\n## Data-subject requests (LGPD art. 18): find, export, erase\n\n## Options\n\n## Options\n"
    )
    fs.writeFileSync(
      path.join(dir, "index.md"),
      [
        "[ok](guide.md) [ok anchor](guide.md#data-subject-requests-lgpd-art-18-find-export-erase)",
        "[second duplicate heading](guide.md#options-1) [own heading](#index)",
        "[missing file](nope.md) [missing anchor](guide.md#retention) [web](https://example.com/x.md)",
        "`[not a link](inside-code.md)`",
        "```",
        "[also not a link](fenced.md)",
        "```",
        "# Index",
      ].join("\n")
    )
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("reports a missing file and a missing anchor, and nothing else", () => {
    const broken = brokenLinks(path.join(dir, "index.md")).map((b) => [b.target, b.reason])
    expect(broken).toEqual([
      ["nope.md", "no such file"],
      ["guide.md#retention", "no heading with anchor #retention"],
    ])
  })

  it("makes anchors the way GitHub does: lower case, punctuation dropped, duplicates numbered", () => {
    expect([...headingAnchors("# A `code` Title: x/y\n\n# A `code` Title: x/y\n")]).toEqual([
      "a-code-title-xy",
      "a-code-title-xy-1",
    ])
  })
})

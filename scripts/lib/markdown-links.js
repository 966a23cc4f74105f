// Finds broken relative links in the project's Markdown (README.md and docs/): a link to a
// file that does not exist, or to a heading anchor that the target file does not have.
// Links are read with a real Markdown parser (markdown-it), so links inside code blocks and
// code spans are not links, and anchors are made the way GitHub makes them (github-slugger).
const fs = require("fs")
const path = require("path")
const MarkdownIt = require("markdown-it")
const GithubSlugger = require("github-slugger")

const markdown = new MarkdownIt({ html: true })

/** Text content of an inline token, as GitHub renders it before it slugs a heading. */
function inlineText(token) {
  return (token.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("")
}

/** The anchors GitHub gives the headings of a Markdown text (duplicates get -1, -2, ...). */
function headingAnchors(text) {
  const slugger = new GithubSlugger()
  const tokens = markdown.parse(text, {})
  const anchors = new Set()
  tokens.forEach((token, index) => {
    if (token.type === "heading_open") anchors.add(slugger.slug(inlineText(tokens[index + 1])))
  })
  return anchors
}

/** Every link target of a Markdown text: inline links, reference links and autolinks. */
function linkTargets(text) {
  const targets = []
  const visit = (tokens) => {
    for (const token of tokens) {
      if (token.type === "link_open") targets.push(token.attrGet("href"))
      if (token.type === "image") targets.push(token.attrGet("src"))
      if (token.children) visit(token.children)
    }
  }
  visit(markdown.parse(text, {}))
  return targets
}

/**
 * The broken links of one Markdown file: `{ file, target, reason }` for each relative link
 * whose file is missing or whose `#anchor` names no heading of the target. Links with a scheme
 * (https:, mailto:) are not fetched: this machine has no network and they are not ours.
 */
function brokenLinks(file) {
  const text = fs.readFileSync(file, "utf8")
  const broken = []
  for (const target of linkTargets(text)) {
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue
    const [rawPath, anchor] = target.split("#")
    const linked = rawPath ? path.resolve(path.dirname(file), decodeURI(rawPath)) : file
    if (!fs.existsSync(linked)) {
      broken.push({ file, target, reason: "no such file" })
      continue
    }
    if (anchor && /\.md$/i.test(linked)) {
      if (!headingAnchors(fs.readFileSync(linked, "utf8")).has(decodeURIComponent(anchor))) {
        broken.push({ file, target, reason: `no heading with anchor #${anchor}` })
      }
    }
  }
  return broken
}

/** README.md and every Markdown file under docs/, from the project root. */
function projectMarkdownFiles(root) {
  const files = [path.join(root, "README.md")]
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(".md")) files.push(full)
    }
  }
  walk(path.join(root, "docs"))
  return files
}

module.exports = { brokenLinks, headingAnchors, linkTargets, projectMarkdownFiles }

#!/usr/bin/env node
// `npm run openapi` writes docs/openapi.json from the routes' validators and response schemas
// (src/api/openapi); `npm run openapi:check` (CI, and the unit test) fails when the committed
// file differs from a fresh build.
const fs = require("fs")
const path = require("path")

const root = path.join(__dirname, "..")
const target = path.join(root, "docs", "openapi.json")

// The sources are TypeScript: ts-node with SWC (tsconfig.json "ts-node") compiles them on load.
require("ts-node").register({ transpileOnly: true, swc: true, project: path.join(root, "tsconfig.json") })
const { renderOpenApiDocument } = require("../src/api/openapi/render")

const fresh = renderOpenApiDocument()

if (process.argv.includes("--check")) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : ""
  if (committed !== fresh) {
    console.error("docs/openapi.json is out of date with the routes: run `npm run openapi` and commit it.")
    process.exit(1)
  }
  console.log("docs/openapi.json is up to date.")
} else {
  fs.writeFileSync(target, fresh)
  console.log(`wrote ${path.relative(root, target)} (${fresh.length} bytes)`)
}

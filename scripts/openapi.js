#!/usr/bin/env node
// `npm run openapi` writes docs/openapi.json from the routes' validators and response schemas
// (src/api/openapi) and src/client/openapi-types.ts from that document (openapi-typescript);
// `npm run openapi:check` (CI, and the unit tests) fails when either committed file differs
// from a fresh build.
const fs = require("fs")
const path = require("path")
const { OPENAPI_TYPES_FILE, renderOpenApiTypes } = require("./lib/openapi-types")

const root = path.join(__dirname, "..")
const target = path.join(root, "docs", "openapi.json")

// The sources are TypeScript: ts-node with SWC (tsconfig.json "ts-node") compiles them on load.
require("ts-node").register({ transpileOnly: true, swc: true, project: path.join(root, "tsconfig.json") })
const { renderOpenApiDocument } = require("../src/api/openapi/render")

async function main() {
  const fresh = renderOpenApiDocument()
  const freshTypes = await renderOpenApiTypes(fresh)
  const files = [
    [target, fresh],
    [OPENAPI_TYPES_FILE, freshTypes],
  ]

  if (process.argv.includes("--check")) {
    const stale = files.filter(([file, text]) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "") !== text)
    for (const [file] of stale) {
      console.error(`${path.relative(root, file)} is out of date with the routes: run \`npm run openapi\` and commit it.`)
    }
    if (stale.length) {
      process.exit(1)
    }
    console.log("docs/openapi.json and src/client/openapi-types.ts are up to date.")
  } else {
    for (const [file, text] of files) {
      fs.writeFileSync(file, text)
      console.log(`wrote ${path.relative(root, file)} (${text.length} bytes)`)
    }
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

#!/usr/bin/env node
// Builds `medusa-plugin-solar360/client` for storefronts: one ESM and one CommonJS bundle of
// src/client (browser and Node, no runtime dependency), in .medusa/storefront. Its declarations are
// emitted by `medusa plugin:build` beside the server code (.medusa/server/src/client). Prints the
// minified and gzipped size of the tracker alone, whose budget is 6 KB, and of the typed store
// client alone (its types cost nothing at run time; a bundler keeps only what a page imports).
const path = require("path")
const zlib = require("zlib")
const esbuild = require("esbuild")

const root = path.resolve(__dirname, "..")
const outDir = path.join(root, ".medusa", "storefront")
const TRACKER_BUDGET_BYTES = 6 * 1024

async function main() {
  const common = {
    entryPoints: [path.join(root, "src/client/index.ts")],
    bundle: true,
    minify: true,
    platform: "neutral",
    target: "es2020",
    legalComments: "none",
    logLevel: "warning",
  }
  await esbuild.build({ ...common, format: "esm", outfile: path.join(outDir, "index.mjs") })
  await esbuild.build({ ...common, format: "cjs", outfile: path.join(outDir, "index.cjs") })

  // Each part alone, as a page that only tracks (or only calls routes) would ship it: the
  // tracker's budget is measured on the tracker, never on the whole entry.
  const measure = async (entry) => {
    const result = await esbuild.build({ ...common, entryPoints: [path.join(root, entry)], format: "esm", write: false })
    const minified = result.outputFiles[0].contents
    return { minified: minified.length, gzipped: zlib.gzipSync(minified, { level: 9 }).length }
  }
  const tracker = await measure("src/client/tracker/index.ts")
  const storeClient = await measure("src/client/store-client.ts")
  const gzipped = tracker.gzipped
  console.log(
    `client built in ${path.relative(root, outDir)}: tracker ${tracker.minified} B minified, ${tracker.gzipped} B gzipped (budget ${TRACKER_BUDGET_BYTES} B); ` +
      `store client ${storeClient.minified} B minified, ${storeClient.gzipped} B gzipped`
  )
  if (gzipped > TRACKER_BUDGET_BYTES) {
    throw new Error(`the tracker is ${gzipped} B gzipped, over its ${TRACKER_BUDGET_BYTES} B budget`)
  }
}

main().catch((error) => {
  console.error(error.message ?? error)
  process.exit(1)
})

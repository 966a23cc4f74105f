import { execFileSync } from "child_process"
import { readFileSync } from "fs"
import { join } from "path"

const ROOT = join(__dirname, "..", "..", "..")
const OPENAPI_FILE = join(ROOT, "docs", "openapi.json")
const OPENAPI_TYPES_FILE = join(ROOT, "src", "client", "openapi-types.ts")

/**
 * The renderer `npm run openapi` writes the file with, run in a child process: Jest's module
 * loader cannot load openapi-typescript's ES-module dependencies (Node's require can).
 */
function renderTypes(documentText: string): string {
  return execFileSync(process.execPath, [join(ROOT, "scripts", "lib", "openapi-types.js")], {
    input: documentText,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
}

// docs/openapi.json is checked against the routes by src/api/openapi/__tests__; this checks the
// next link, so the client's types follow the routes' validators.
describe("src/client/openapi-types.ts", () => {
  it("is what openapi-typescript generates from docs/openapi.json now (else: npm run openapi)", () => {
    expect(readFileSync(OPENAPI_TYPES_FILE, "utf8")).toBe(renderTypes(readFileSync(OPENAPI_FILE, "utf8")))
  })

  it("changes when a route's schema changes (so the comparison above can fail)", () => {
    const document = JSON.parse(readFileSync(OPENAPI_FILE, "utf8"))
    const body = document.paths["/store/solar360/leads"].post.requestBody.content["application/json"].schema
    body.properties.favourite_colour = { type: "string" }
    const changed = renderTypes(JSON.stringify(document))
    expect(changed.startsWith("/**\n * GENERATED FILE, do not edit")).toBe(true)
    expect(changed).toContain("favourite_colour?: string")
    expect(readFileSync(OPENAPI_TYPES_FILE, "utf8")).not.toContain("favourite_colour")
  })
})

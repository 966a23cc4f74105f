// Renders src/client/openapi-types.ts from the OpenAPI document with openapi-typescript, so the
// storefront client's request and response types come from the routes' validators and response
// schemas (validators -> docs/openapi.json -> these types) and cannot be copied by hand.
const path = require("path")

const root = path.join(__dirname, "..", "..")
const OPENAPI_TYPES_FILE = path.join(root, "src", "client", "openapi-types.ts")

const HEADER = `/**
 * GENERATED FILE, do not edit: \`npm run openapi\` writes it from docs/openapi.json with
 * openapi-typescript (scripts/lib/openapi-types.js); \`npm run openapi:check\` and the unit test
 * src/client/__tests__/openapi-types.unit.spec.ts fail when it is stale.
 */

`

/** The file's exact text for an OpenAPI document given as its JSON text. */
async function renderOpenApiTypes(documentText) {
  // The package's CommonJS build: the script and the Jest unit test both load it with require.
  const { default: openapiTS, astToString } = require("openapi-typescript")
  const ast = await openapiTS(JSON.parse(documentText))
  return HEADER + astToString(ast)
}

module.exports = { OPENAPI_TYPES_FILE, renderOpenApiTypes }

// `node scripts/lib/openapi-types.js < openapi.json` prints the types: the unit test runs it in a
// child process because Jest's module loader cannot load openapi-typescript's ES-module
// dependencies (Node's own require can).
if (require.main === module) {
  const chunks = []
  process.stdin.on("data", (chunk) => chunks.push(chunk))
  process.stdin.on("end", () => {
    renderOpenApiTypes(Buffer.concat(chunks).toString("utf8"))
      .then((text) => process.stdout.write(text))
      .catch((error) => {
        console.error(error)
        process.exit(1)
      })
  })
}

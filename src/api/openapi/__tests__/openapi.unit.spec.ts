import { execFileSync } from "child_process"
import { readdirSync, readFileSync } from "fs"
import { join, relative, sep } from "path"
import { OPENAPI_FILE, renderOpenApiDocument } from "../render"
import { ROUTES } from "../routes"

const API_ROOT = join(__dirname, "..", "..")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

/** `post /admin/solar360/leads/{id}` for every exported handler of every route.ts under src/api. */
function routeFilePairs(): string[] {
  const pairs: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8")
        const path =
          "/" +
          relative(API_ROOT, join(full, ".."))
            .split(sep)
            .map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}"))
            .join("/")
        for (const method of METHODS) {
          if (new RegExp(`^export (const ${method}\\b|async function ${method}\\b)`, "m").test(source)) {
            pairs.push(`${method.toLowerCase()} ${path}`)
          }
        }
      }
    }
  }
  walk(API_ROOT)
  return pairs.sort()
}

const committed = () => JSON.parse(readFileSync(OPENAPI_FILE, "utf8"))

describe("docs/openapi.json", () => {
  it("is up to date with the routes' validators and response schemas (else: npm run openapi)", () => {
    expect(readFileSync(OPENAPI_FILE, "utf8")).toBe(renderOpenApiDocument())
  })

  it("validates as an OpenAPI 3.1 document", () => {
    // The validator is an ES module (Node 20's require can't load it): its own CLI runs it.
    const cli = require.resolve("@seriousme/openapi-schema-validator/bin/validate-api-cli.js")
    const result = JSON.parse(execFileSync(process.execPath, [cli, OPENAPI_FILE], { encoding: "utf8" }))
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(committed().openapi).toBe("3.1.0")
  })

  it("describes exactly the method/path pairs of the route files under src/api", () => {
    const fromFiles = routeFilePairs()
    const document = committed()
    const fromDocument = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort()
    expect(fromFiles.length).toBeGreaterThan(60)
    expect(fromDocument).toEqual(fromFiles)
  })

  it("gives every operation its auth, a success answer with a schema and the error body", () => {
    const document = committed()
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method} ${path}`
        expect([where, operation.security?.length > 0]).toEqual([where, true])
        const success = Object.keys(operation.responses).filter((status) => status.startsWith("2"))
        expect([where, success.length > 0]).toEqual([where, true])
        for (const status of success) {
          expect([where, status, Object.keys(operation.responses[status].content ?? {}).length > 0]).toEqual([
            where,
            status,
            true,
          ])
        }
        if (path.startsWith("/store/")) {
          expect([where, operation.security.every((alt: object) => "publishableKey" in alt)]).toEqual([where, true])
        } else {
          expect([where, operation.security.some((alt: object) => "adminBearer" in alt)]).toEqual([where, true])
          expect([where, operation.responses["401"]?.content["application/json"].schema]).toEqual([
            where,
            { $ref: "#/components/schemas/Error" },
          ])
        }
      }
    }
  })

  it("lists every stable error code", () => {
    const { Solar360ErrorCode } = require("../../../modules/solar360/errors")
    expect(committed().components.schemas.Solar360ErrorCode.enum).toEqual(
      [...new Set(Object.values(Solar360ErrorCode) as string[])].sort()
    )
  })

  it("lets the ingestion key in on the Helio logging routes only", () => {
    const withKey = ROUTES.filter((route) => route.auth === "admin-or-ingestion-key")
      .map((route) => `${route.method} ${route.path}`)
      .sort()
    expect(withKey).toEqual([
      "post /admin/solar360/helio/conversations",
      "post /admin/solar360/helio/conversations/{id}",
      "post /admin/solar360/helio/conversations/{id}/queries",
    ])
  })
})

describe("request examples", () => {
  it.each(ROUTES.filter((route) => route.bodyExample !== undefined).map((route) => [`${route.method} ${route.path}`, route]))(
    "%s: the example body passes the route's validator",
    (_, route) => {
      const result = route.body!.safeParse(route.bodyExample)
      expect(result.success ? "ok" : result.error.issues).toBe("ok")
    }
  )
})

import { readFileSync } from "fs"
import { join } from "path"
import { ROUTES } from "../routes"

/**
 * Real answers of a running server (the plugin booted in the HTTP test harness against
 * PostgreSQL; tokens replaced by fakes of the same shape), parsed with the response schema the
 * route's handler is typed with and the document shows. A schema that drifts from what the
 * routes really answer (a renamed key, a number that is really a string) fails here.
 */
const recorded: Record<string, { status: number; body: unknown }> = JSON.parse(
  readFileSync(join(__dirname, "__fixtures__", "recorded-bodies.json"), "utf8")
)

function schemaOf(key: string, status: number) {
  const [method, path] = key.split(" ")
  const route = ROUTES.find((candidate) => candidate.method === method.toLowerCase() && candidate.path === path)
  if (!route) {
    throw new Error(`no route ${key} in src/api/openapi/routes.ts`)
  }
  const schema = route.responses[status]?.schema
  if (!schema) {
    throw new Error(`${key} documents no JSON answer for ${status}`)
  }
  return schema
}

describe("response schemas against recorded bodies", () => {
  it("covers routes of every family, store and admin", () => {
    const keys = Object.keys(recorded)
    expect(keys.length).toBeGreaterThanOrEqual(20)
    expect(keys.filter((key) => key.includes(" /store/")).length).toBeGreaterThanOrEqual(5)
  })

  it.each(Object.entries(recorded))("%s parses with its response schema", (key, { status, body }) => {
    const result = schemaOf(key, status).safeParse(body)
    expect(result.success ? "ok" : result.error.issues).toBe("ok")
  })

  it("fails a body whose shape is not the documented one", () => {
    const { status, body } = recorded["POST /store/solar360/financing-simulations"]
    const schema = schemaOf("POST /store/solar360/financing-simulations", status)
    const { financing_simulation, ...withoutRecord } = body as Record<string, any>
    expect(schema.safeParse(withoutRecord).success).toBe(false)
    expect(schema.safeParse({ ...(body as object), financing_simulation: { ...financing_simulation, system_cost: "30000" } }).success).toBe(false)

    const lead = recorded["POST /store/solar360/leads"]
    const leadSchema = schemaOf("POST /store/solar360/leads", lead.status)
    expect(leadSchema.safeParse({ receipt: { received_at: "2026-03-01T12:00:00.000Z" } }).success).toBe(false)
  })
})

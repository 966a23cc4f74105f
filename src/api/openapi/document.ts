import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi"
import { z } from "@medusajs/framework/zod"
import { Solar360ErrorCode } from "../../modules/solar360"
import { ErrorBody } from "../utils/response-schemas"
import { ROUTES, type RouteAuth, type RouteFailure, type RouteSpec } from "./routes"

/**
 * Builds docs/openapi.json from ROUTES (build-time only: scripts/openapi.js and the unit test
 * run it; tsconfig.json keeps this folder out of the published build, so the generator stays a
 * dev dependency). The output is deterministic: same code, same bytes.
 */

const SECURITY_SCHEMES = {
  publishableKey: {
    type: "apiKey",
    in: "header",
    name: "x-publishable-api-key",
    description: "The store's publishable API key (Medusa requires it on every /store route).",
  },
  customerBearer: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A logged-in customer's token (POST /auth/customer/emailpass).",
  },
  customerSession: {
    type: "apiKey",
    in: "cookie",
    name: "connect.sid",
    description: "A logged-in customer's session cookie.",
  },
  resumeToken: {
    type: "apiKey",
    in: "header",
    name: "x-resume-token",
    description:
      "The resume token of a saved calculation, or the session token of a Helio conversation, shown once when it was created. Only as a header: a token in a URL is refused (400).",
  },
  adminBearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "An admin user's token." },
  adminSession: { type: "apiKey", in: "cookie", name: "connect.sid", description: "An admin user's session cookie." },
  adminApiKey: {
    type: "http",
    scheme: "basic",
    description: "A secret API key: `Authorization: Basic base64(sk_...:)`.",
  },
  ingestionKey: {
    type: "apiKey",
    in: "header",
    name: "x-solar360-ingestion-key",
    description:
      "The Helio assistant's ingestion key (POST /admin/solar360/ingestion-keys), also accepted as `Authorization: Bearer s360ik_...`. Only the Helio logging routes accept it.",
  },
} as const

type Requirement = Record<string, string[]>

const pk = { publishableKey: [] }
const ADMIN: Requirement[] = [{ adminBearer: [] }, { adminSession: [] }, { adminApiKey: [] }]

const SECURITY: Record<RouteAuth, Requirement[]> = {
  store: [pk],
  "store-optional-customer": [pk, { ...pk, customerBearer: [] }, { ...pk, customerSession: [] }],
  "store-customer": [
    { ...pk, customerBearer: [] },
    { ...pk, customerSession: [] },
  ],
  "store-owner": [
    { ...pk, resumeToken: [] },
    { ...pk, customerBearer: [] },
    { ...pk, customerSession: [] },
  ],
  admin: ADMIN,
  "admin-or-ingestion-key": [...ADMIN, { ingestionKey: [] }],
}

const codes = Object.values(Solar360ErrorCode)
const upstreamCodes = Object.entries(Solar360ErrorCode)
  .filter(([name]) => name.startsWith("UPSTREAM_"))
  .map(([, code]) => code)

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorBody } },
})

/** The error answers a route can give, each with the codes a client may switch on. */
function failureResponses(route: RouteSpec) {
  const out: Record<string, ReturnType<typeof error>> = {}
  if (route.query || route.body || route.headers?.length) {
    out["400"] = error(
      "Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode."
    )
  }
  // A record's owner is checked by the route itself: anyone else gets 404, never 401, so
  // nobody learns that the id exists.
  const needsCaller = route.auth === "store-customer" || route.auth.startsWith("admin")
  if (needsCaller) {
    out["401"] = error(
      route.auth === "admin-or-ingestion-key"
        ? "Not authenticated; `solar360_invalid_ingestion_key` for an unknown or revoked ingestion key."
        : "Not authenticated."
    )
  }
  if (route.path.startsWith("/store/")) {
    out["400"] ??= error("Missing or invalid publishable API key (`x-publishable-api-key`).")
  }
  const failures = new Set<RouteFailure>(route.failures ?? [])
  if (failures.has("not-found")) {
    out["404"] = error("Not found (`solar360_not_found`), or not the caller's to see.")
  }
  if (failures.has("rate-limited")) {
    out["429"] = error("Too many requests from this client (`solar360_rate_limited`); see the Retry-After header.")
  }
  if (failures.has("upstream")) {
    out["502"] = error("An external service failed with nothing cached to serve (`solar360_upstream_error`).")
    out["503"] = error(
      "An external service is busy (`solar360_upstream_busy`) or its daily budget is used (`solar360_upstream_budget_exhausted`); see Retry-After."
    )
    out["504"] = error("An external service did not answer in time (`solar360_upstream_timeout`).")
  }
  return out
}

const IDEMPOTENCY_KEY = {
  name: "Idempotency-Key",
  in: "header" as const,
  required: false,
  description:
    "Optional, 16 to 255 visible ASCII characters (send a random UUID per request): a retry with the same key from the same caller answers the first result.",
  schema: { type: "string" as const, minLength: 16, maxLength: 255 },
}

function pathParams(path: string) {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
  return names.length
    ? z.object(Object.fromEntries(names.map((name) => [name, z.string()])))
    : undefined
}

function register(registry: OpenAPIRegistry, route: RouteSpec) {
  const responses: Record<string, unknown> = {}
  for (const [status, answer] of Object.entries(route.responses)) {
    const content = answer.content
      ? Object.fromEntries(Object.entries(answer.content).map(([type, schema]) => [type, { schema }]))
      : answer.schema
        ? { "application/json": { schema: answer.schema } }
        : undefined
    responses[status] = { description: answer.description, ...(content ? { content } : {}) }
  }
  for (const [status, answer] of Object.entries(failureResponses(route))) {
    responses[status] ??= answer
  }
  registry.registerPath({
    method: route.method,
    path: route.path,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: operationId(route),
    security: SECURITY[route.auth],
    parameters: route.headers?.includes("idempotency-key") ? [IDEMPOTENCY_KEY] : undefined,
    request: {
      params: pathParams(route.path) as any,
      query: route.query as any,
      body: route.body
        ? {
            required: true,
            content: {
              "application/json": {
                schema: route.body,
                ...(route.bodyExample !== undefined ? { example: route.bodyExample } : {}),
              },
            },
          }
        : undefined,
    },
    responses: responses as any,
  })
}

/** `getAdminSolar360LeadsId`-style ids: stable, unique, derived from method and path. */
function operationId(route: RouteSpec) {
  const words = route.path
    .split(/[/{}-]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
  return route.method + words.join("")
}

export function buildOpenApiDocument(version: string) {
  const registry = new OpenAPIRegistry()
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    registry.registerComponent("securitySchemes", name, scheme as any)
  }
  registry.registerComponent("schemas", "Solar360ErrorCode", {
    type: "string",
    enum: [...codes].sort(),
    description:
      "Every stable error code the plugin answers in an error body's `code` (never renamed once released). Upstream failures: " +
      upstreamCodes.join(", ") +
      ".",
  })
  for (const route of ROUTES) {
    register(registry, route)
  }
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "medusa-plugin-solar360 HTTP API",
      version,
      description:
        "Every route the plugin adds to a Medusa v2 server, under /store/solar360 (storefront: publishable key, optional customer) and /admin/solar360 (admin). Generated from the routes' zod validators and response schemas by `npm run openapi`; do not edit by hand. Errors answer `{ type, code, message }` (component Error), `code` being one of Solar360ErrorCode or Medusa's own.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "http://localhost:9000", description: "A Medusa server with the plugin" }],
    tags: [...new Set(ROUTES.map((route) => route.tag))].map((name) => ({ name })),
  })
  return sortPaths(document)
}

/** Paths in a fixed order, so a route moved in ROUTES does not rewrite the file. */
function sortPaths<T extends { paths?: Record<string, unknown> }>(document: T): T {
  const paths = document.paths ?? {}
  return {
    ...document,
    paths: Object.fromEntries(Object.keys(paths).sort().map((key) => [key, paths[key]])),
  }
}

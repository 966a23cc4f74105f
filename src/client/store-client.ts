import type { paths } from "./openapi-types"

/**
 * Typed methods for every store route of the plugin, over the store's own Medusa JS SDK
 * instance. The request and response types come only from `openapi-types.ts`, generated from
 * docs/openapi.json, itself generated from the routes' zod validators and response schemas
 * (`npm run openapi`): the client, the reference and the routes cannot drift apart silently.
 */

type Method = "get" | "post"
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>
type Json<T> = T extends { content: { "application/json": infer Body } } ? Body : never

/** The store routes of the plugin, as the OpenAPI document spells their paths. */
export type StorePath = Extract<keyof paths, `/store/${string}`>

/** The JSON body a route takes. */
export type StoreRequestBody<P extends StorePath, M extends Method = "post"> = Operation<P, M> extends {
  requestBody?: infer Body
}
  ? Json<NonNullable<Body>>
  : never

/**
 * The query parameters a route takes. Tokens never ride in a URL (URLs end up in access logs):
 * the routes answer `?resume_token=` and `?session_token=` with a 400, so the client's types
 * leave them out and the client sends them in the `x-resume-token` header instead.
 */
export type StoreRequestQuery<P extends StorePath, M extends Method = "get"> = Operation<P, M> extends {
  parameters: { query?: infer Query }
}
  ? Omit<NonNullable<Query>, "resume_token" | "session_token">
  : never

/** The JSON a route answers on success (200, 201 or 202). */
export type StoreResponse<P extends StorePath, M extends Method = "get"> = Operation<P, M> extends {
  responses: infer Responses
}
  ?
      | (Responses extends { 200: infer Ok } ? Json<Ok> : never)
      | (Responses extends { 201: infer Created } ? Json<Created> : never)
      | (Responses extends { 202: infer Accepted } ? Json<Accepted> : never)
  : never

/** What a call hands to `sdk.client.fetch` (a subset of the JS SDK's `FetchArgs`). */
export type StoreFetchInit = {
  method?: "GET" | "POST"
  body?: Record<string, unknown>
  query?: Record<string, unknown>
  headers?: Record<string, string>
}

/**
 * The part of the store's Medusa JS SDK instance (`new Medusa({ baseUrl, publishableKey, auth })`)
 * the client uses: its `client.fetch` adds the publishable key, the customer's auth and the
 * base URL, encodes `query` and `body`, and throws a `FetchError` for any status from 300.
 */
export type StoreClientSdk = {
  client: { fetch<T>(path: string, init?: StoreFetchInit): Promise<T> }
}

/** For a saved calculation or a Helio conversation read without login. */
export type ResumeTokenOption = { resumeToken?: string }
/** A retried POST with the same key answers the same record (200) instead of a second one. */
export type IdempotencyOption = { idempotencyKey?: string }
/** `fields` and the like, for the routes whose query also applies to a POST. */
export type QueryOption<P extends StorePath, M extends Method> = { query?: StoreRequestQuery<P, M> }

export type Solar360StoreClient = ReturnType<typeof createStoreClient>

/** Headers every call of one client carries, e.g. a customer's auth on a server. */
export type StoreClientOptions = { headers?: Record<string, string> }

/** Keeps undefined keys out of the init, so the SDK sees only what the caller set. */
function init(method: "GET" | "POST", parts: Omit<StoreFetchInit, "method">, defaults: StoreClientOptions): StoreFetchInit {
  const result: StoreFetchInit = method === "POST" ? { method } : {}
  const merged = { ...parts, headers: defaults.headers || parts.headers ? { ...defaults.headers, ...parts.headers } : undefined }
  for (const key of ["body", "query", "headers"] as const) {
    if (merged[key] !== undefined) {
      result[key] = merged[key] as Record<string, string>
    }
  }
  return result
}

function headers(options?: ResumeTokenOption & IdempotencyOption): Record<string, string> | undefined {
  const result: Record<string, string> = {}
  if (options?.resumeToken) {
    result["x-resume-token"] = options.resumeToken
  }
  if (options?.idempotencyKey) {
    result["idempotency-key"] = options.idempotencyKey
  }
  return Object.keys(result).length ? result : undefined
}

/** An id goes into the path escaped: `a/../b` stays one segment. */
const segment = (value: string) => encodeURIComponent(value)

/**
 * The plugin's store routes as methods over the storefront's Medusa JS SDK instance. A refusal
 * throws the SDK's `FetchError` (`status`, and the server's `message`); `invalidFields` turns a
 * 400's message into per-field texts for a form. `options.headers` ride on every call (a server
 * function passing the customer's auth header, as the Next.js starter does for its own calls).
 */
export function createStoreClient(sdk: StoreClientSdk, options: StoreClientOptions = {}) {
  const get = <P extends StorePath>(path: string, parts: Omit<StoreFetchInit, "method"> = {}) =>
    sdk.client.fetch<StoreResponse<P, "get">>(path, init("GET", parts, options))
  const post = <P extends StorePath>(path: string, parts: Omit<StoreFetchInit, "method">) =>
    sdk.client.fetch<StoreResponse<P, "post">>(path, init("POST", parts, options))

  return {
    leads: {
      /** Always 202 with a receipt, whether the lead is new or known. */
      capture: (body: StoreRequestBody<"/store/solar360/leads">) => post<"/store/solar360/leads">("/store/solar360/leads", { body }),
      /** The double opt-in link's token (posted, so it stays out of logged URLs). */
      confirmConsent: (body: StoreRequestBody<"/store/solar360/leads/consent/confirm">) =>
        post<"/store/solar360/leads/consent/confirm">("/store/solar360/leads/consent/confirm", { body }),
    },
    events: {
      /** A batch of up to 500 events; keep each `message_id` across retries (the tracker does). */
      send: (body: StoreRequestBody<"/store/solar360/events">) => post<"/store/solar360/events">("/store/solar360/events", { body }),
    },
    catalogAccessLogs: {
      send: (body: StoreRequestBody<"/store/solar360/catalog-access-logs">) =>
        post<"/store/solar360/catalog-access-logs">("/store/solar360/catalog-access-logs", { body }),
    },
    dataPractices: {
      list: (query?: StoreRequestQuery<"/store/solar360/data-practices">) =>
        get<"/store/solar360/data-practices">("/store/solar360/data-practices", { query }),
      retrieve: (category: string, query?: StoreRequestQuery<"/store/solar360/data-practices/{category}">) =>
        get<"/store/solar360/data-practices/{category}">(`/store/solar360/data-practices/${segment(category)}`, { query }),
    },
    tariffs: {
      retrieve: (query: StoreRequestQuery<"/store/solar360/tariffs">) => get<"/store/solar360/tariffs">("/store/solar360/tariffs", { query }),
      listDistributors: (query?: StoreRequestQuery<"/store/solar360/distributors">) =>
        get<"/store/solar360/distributors">("/store/solar360/distributors", { query }),
    },
    financingSimulations: {
      /** Keep the answer's `resume_token` (shown only here) to reopen it without login. */
      create: (
        body: StoreRequestBody<"/store/solar360/financing-simulations">,
        options?: IdempotencyOption & QueryOption<"/store/solar360/financing-simulations", "post">
      ) =>
        post<"/store/solar360/financing-simulations">("/store/solar360/financing-simulations", {
          body,
          query: options?.query,
          headers: headers(options),
        }),
      retrieve: (
        simulationId: string,
        options?: ResumeTokenOption & QueryOption<"/store/solar360/financing-simulations/{id}", "get">
      ) =>
        get<"/store/solar360/financing-simulations/{id}">(`/store/solar360/financing-simulations/${segment(simulationId)}`, {
          query: options?.query,
          headers: headers(options),
        }),
      accept: (
        simulationId: string,
        body: StoreRequestBody<"/store/solar360/financing-simulations/{id}/accept"> = {},
        options?: ResumeTokenOption & QueryOption<"/store/solar360/financing-simulations/{id}/accept", "post">
      ) =>
        post<"/store/solar360/financing-simulations/{id}/accept">(
          `/store/solar360/financing-simulations/${segment(simulationId)}/accept`,
          { body, query: options?.query, headers: headers(options) }
        ),
      /** The logged-in customer's own simulations, newest first (401 without a customer). */
      listMine: (query?: StoreRequestQuery<"/store/solar360/customers/me/financing-simulations">) =>
        get<"/store/solar360/customers/me/financing-simulations">("/store/solar360/customers/me/financing-simulations", { query }),
    },
    solarViabilityAnalyses: {
      /** Keep the answer's `resume_token` (shown only here) to reopen it without login. */
      create: (
        body: StoreRequestBody<"/store/solar360/solar-viability-analyses">,
        options?: IdempotencyOption & QueryOption<"/store/solar360/solar-viability-analyses", "post">
      ) =>
        post<"/store/solar360/solar-viability-analyses">("/store/solar360/solar-viability-analyses", {
          body,
          query: options?.query,
          headers: headers(options),
        }),
      retrieve: (
        analysisId: string,
        options?: ResumeTokenOption & QueryOption<"/store/solar360/solar-viability-analyses/{id}", "get">
      ) =>
        get<"/store/solar360/solar-viability-analyses/{id}">(`/store/solar360/solar-viability-analyses/${segment(analysisId)}`, {
          query: options?.query,
          headers: headers(options),
        }),
      /** The logged-in customer's own analyses, newest first (401 without a customer). */
      listMine: (query?: StoreRequestQuery<"/store/solar360/customers/me/solar-viability-analyses">) =>
        get<"/store/solar360/customers/me/solar-viability-analyses">("/store/solar360/customers/me/solar-viability-analyses", {
          query,
        }),
    },
    photogrammetry: {
      /** The roof analysis of a point (cached or bought from the provider; rate-limited). */
      lookup: (
        body: StoreRequestBody<"/store/solar360/photogrammetry/lookup">,
        options?: QueryOption<"/store/solar360/photogrammetry/lookup", "post">
      ) => post<"/store/solar360/photogrammetry/lookup">("/store/solar360/photogrammetry/lookup", { body, query: options?.query }),
    },
    helio: {
      /** State and counters of the caller's own conversation (its customer or session token). */
      retrieveConversation: (conversationId: string, options?: ResumeTokenOption) =>
        get<"/store/solar360/helio/conversations/{id}">(`/store/solar360/helio/conversations/${segment(conversationId)}`, {
          headers: headers(options),
        }),
      rateConversation: (
        conversationId: string,
        body: StoreRequestBody<"/store/solar360/helio/conversations/{id}/feedback">,
        options?: ResumeTokenOption
      ) =>
        post<"/store/solar360/helio/conversations/{id}/feedback">(
          `/store/solar360/helio/conversations/${segment(conversationId)}/feedback`,
          { body, headers: headers(options) }
        ),
      rateAnswer: (ragQueryId: string, body: StoreRequestBody<"/store/solar360/rag-queries/{id}/feedback">, options?: ResumeTokenOption) =>
        post<"/store/solar360/rag-queries/{id}/feedback">(`/store/solar360/rag-queries/${segment(ragQueryId)}/feedback`, {
          body,
          headers: headers(options),
        }),
    },
  }
}

/** The JS SDK's `FetchError` shape: what a refused call throws. */
export type StoreError = Error & { status: number; statusText?: string }

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number"
}

/** A 400's problems, by field for a form, and those that name none of the fields. */
export type InvalidFields<F extends string> = { fields: Partial<Record<F, string>>; other: string[] }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Per-field texts from a 400, for a form. Medusa's SDK keeps only the status and the message
 * of a refusal (not the body's `code`); a validation message lists up to three problems
 * ("Invalid request: email must be a valid e-mail address; Field 'state' is required"), most
 * naming their field. Each problem goes to the first of `fields` it names, else to `other`.
 * Anything but a 400 gives no problems (the caller shows its own message).
 */
export function invalidFields<F extends string>(error: unknown, fields: readonly F[]): InvalidFields<F> {
  const result: InvalidFields<F> = { fields: {}, other: [] }
  if (!isStoreError(error) || error.status !== 400) {
    return result
  }
  const problems = error.message
    .replace(/^Invalid request:\s*/, "")
    .split(/;\s+/)
    .filter((problem) => problem.length > 0)
  for (const problem of problems) {
    // A field name as a whole word: `email` in "Field 'email' is required", not in "e-mail".
    const field = fields.find((name) => new RegExp(`(^|[^\\w.])${escapeRegExp(name)}(\\W|$)`).test(problem))
    if (field !== undefined && result.fields[field] === undefined) {
      result.fields[field] = problem
    } else {
      result.other.push(problem)
    }
  }
  return result
}

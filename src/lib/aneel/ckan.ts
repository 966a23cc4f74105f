import { AneelError, AneelErrorCode } from "./errors"

/**
 * CKAN `datastore_search` plumbing for ANEEL's open-data portal: building the request URL,
 * validating one page of the answer and reading every page of a result set. No I/O here:
 * the caller supplies the fetch, so the HTTP cache decides timeouts and retries.
 */

export const DATASTORE_SEARCH_PATH = "/api/3/action/datastore_search"
/** Newest tariffs first, so a small `limit` already holds the current one. */
export const DEFAULT_DATASTORE_SORT = "DatInicioVigencia desc"
export const DEFAULT_PAGE_SIZE = 100
/** CKAN's default `ckan.datastore.search.rows_max`. */
export const CKAN_MAX_LIMIT = 32000
export const DEFAULT_MAX_PAGES = 50

export type CkanRecord = Record<string, unknown>

export interface DatastoreSearchQuery {
  resourceId: string
  /** Exact-match filters (CKAN `filters`), field -> value. */
  filters?: Readonly<Record<string, string>>
  limit?: number
  offset?: number
  /** Defaults to "DatInicioVigencia desc". */
  sort?: string
  /** Only these columns (CKAN `fields`); all when omitted. */
  fields?: readonly string[]
}

export interface DatastoreSearchPage {
  records: CkanRecord[]
  total: number
  /** Where this page starts (the request's offset). */
  offset: number
  /** Offset of the next page, or null when this page reaches `total` or is empty. */
  next_offset: number | null
}

export interface AllPages {
  records: CkanRecord[]
  total: number
  pages: number
}

function invalidQuery(message: string): AneelError {
  return new AneelError(AneelErrorCode.INVALID_QUERY, message)
}

function badResponse(message: string): AneelError {
  return new AneelError(AneelErrorCode.BAD_RESPONSE, message)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/**
 * The `datastore_search` URL for a query. Filters are sorted by field name so one logical
 * query always yields the same URL: the HTTP cache can key on it.
 */
export function buildDatastoreSearchUrl(baseUrl: string, query: DatastoreSearchQuery): string {
  let base: URL
  try {
    base = new URL(baseUrl)
  } catch {
    throw invalidQuery(`Invalid ANEEL base URL: "${baseUrl}"`)
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") {
    throw invalidQuery(`ANEEL base URL must be http(s): "${baseUrl}"`)
  }
  if (typeof query.resourceId !== "string" || query.resourceId.trim() === "") {
    throw invalidQuery("A CKAN resource id is required")
  }
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(limit) || limit < 1 || limit > CKAN_MAX_LIMIT) {
    throw invalidQuery(`limit must be an integer from 1 to ${CKAN_MAX_LIMIT}`)
  }
  const offset = query.offset ?? 0
  if (!Number.isInteger(offset) || offset < 0) {
    throw invalidQuery("offset must be a non-negative integer")
  }

  const params = new URLSearchParams()
  params.set("resource_id", query.resourceId.trim())
  const filters = query.filters ?? {}
  const fields = Object.keys(filters).sort()
  if (fields.length > 0) {
    const sorted: Record<string, string> = {}
    for (const field of fields) {
      const value = filters[field]
      if (typeof value !== "string") {
        throw invalidQuery(`Filter ${field} must be text`)
      }
      sorted[field] = value
    }
    params.set("filters", JSON.stringify(sorted))
  }
  if (query.fields && query.fields.length > 0) {
    params.set("fields", query.fields.join(","))
  }
  params.set("sort", query.sort ?? DEFAULT_DATASTORE_SORT)
  params.set("limit", String(limit))
  params.set("offset", String(offset))

  // Keeps a path prefix (a proxy in front of CKAN) and drops any query the base carried.
  const prefix = base.pathname.replace(/\/+$/, "")
  return `${base.origin}${prefix}${DATASTORE_SEARCH_PATH}?${params.toString()}`
}

function readNonNegativeInteger(value: unknown): number | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) {
    return value
  }
  if (typeof value === "string" && /^\d+$/.test(value)) {
    return Number(value)
  }
  return null
}

// CKAN errors carry `message` (Not Found, Authorization) or, for a Validation Error, only
// `__type` and one list of messages per offending parameter.
function ckanErrorDetail(error: unknown): string {
  if (!isPlainObject(error)) {
    return ""
  }
  if (typeof error.message === "string") {
    return `: ${error.message}`
  }
  const type = typeof error.__type === "string" ? error.__type : "error"
  const fields = Object.entries(error)
    .filter(([key]) => key !== "__type")
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join("; ") : String(value)}`)
  return `: ${[type, ...fields].join(" - ").slice(0, 300)}`
}

/**
 * One `datastore_search` answer, validated. `requestOffset` is the offset the caller asked
 * for; without it the offset CKAN echoes in `result.offset` is used (0 when absent).
 */
export function parseDatastoreSearchPage(json: unknown, requestOffset?: number): DatastoreSearchPage {
  if (!isPlainObject(json)) {
    throw badResponse("ANEEL answered something other than a JSON object")
  }
  if (json.success !== true) {
    throw badResponse(`ANEEL answered success=${String(json.success)}${ckanErrorDetail(json.error)}`)
  }
  const result = json.result
  if (!isPlainObject(result)) {
    throw badResponse("ANEEL's answer has no result object")
  }
  if (!Array.isArray(result.records)) {
    throw badResponse("ANEEL's answer has no records array")
  }
  if (!result.records.every(isPlainObject)) {
    throw badResponse("ANEEL's records are not all objects")
  }
  const total = readNonNegativeInteger(result.total)
  if (total === null) {
    throw badResponse("ANEEL's answer has no valid total")
  }
  let offset: number
  if (requestOffset !== undefined) {
    if (!Number.isInteger(requestOffset) || requestOffset < 0) {
      throw invalidQuery("requestOffset must be a non-negative integer")
    }
    offset = requestOffset
  } else {
    offset = readNonNegativeInteger(result.offset ?? 0) ?? 0
  }
  const records = result.records as CkanRecord[]
  // Advance by what was actually returned: CKAN may cap `limit` below what was asked.
  const end = offset + records.length
  return {
    records,
    total,
    offset,
    next_offset: records.length > 0 && end < total ? end : null,
  }
}

// CKAN gives every datastore row an `_id`; rows without one are compared whole.
function recordIdentity(record: CkanRecord): string {
  const id = record._id
  return typeof id === "number" || typeof id === "string" ? `id:${id}` : `row:${JSON.stringify(record)}`
}

/**
 * Every record of a result set, read page by page from offset 0. `fetchPage(offset)` returns
 * the raw JSON of the page that starts at `offset` (the caller builds the URL with
 * `limit = pageSize`). Stops once `total` records are read. Throws `aneel_bad_response` when
 * a page adds nothing new before `total` is reached (an upstream that ignores `offset` or
 * answers short) or when `total` changes mid-read (the dataset was republished: retry later),
 * and `aneel_too_many_pages` when `total` needs more than `maxPages` pages.
 */
export async function fetchAllPages(
  fetchPage: (offset: number) => Promise<unknown>,
  pageSize: number,
  options: { maxPages?: number } = {}
): Promise<AllPages> {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > CKAN_MAX_LIMIT) {
    throw invalidQuery(`pageSize must be an integer from 1 to ${CKAN_MAX_LIMIT}`)
  }
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw invalidQuery("maxPages must be a positive integer")
  }

  const records: CkanRecord[] = []
  const seen = new Set<string>()
  let expectedTotal: number | null = null
  let offset = 0
  let pages = 0

  for (;;) {
    if (pages >= maxPages) {
      throw new AneelError(
        AneelErrorCode.TOO_MANY_PAGES,
        `Gave up after ${maxPages} pages with ${records.length} of ${expectedTotal} records`
      )
    }
    const page = parseDatastoreSearchPage(await fetchPage(offset), offset)
    pages++
    if (expectedTotal === null) {
      expectedTotal = page.total
      // Fail before spending calls on a result set we would abandon anyway.
      if (Math.ceil(expectedTotal / pageSize) > maxPages) {
        throw new AneelError(
          AneelErrorCode.TOO_MANY_PAGES,
          `${expectedTotal} records need more than ${maxPages} pages of ${pageSize}`
        )
      }
    } else if (page.total !== expectedTotal) {
      throw badResponse(`ANEEL's total changed from ${expectedTotal} to ${page.total} mid-read`)
    }

    let added = 0
    for (const record of page.records) {
      const identity = recordIdentity(record)
      if (!seen.has(identity)) {
        seen.add(identity)
        records.push(record)
        added++
      }
    }
    if (records.length >= expectedTotal) {
      return { records, total: expectedTotal, pages }
    }
    if (added === 0) {
      throw badResponse(
        `ANEEL's page at offset ${offset} added no records (${records.length} of ${expectedTotal} read)`
      )
    }
    offset += page.records.length
  }
}

// What each refusal says, and the bounds right at each limit. The codes are asserted in the
// other specs; the messages are what an operator reads in the log when ANEEL changes shape.
import { buildDatastoreSearchUrl, fetchAllPages, parseDatastoreSearchPage, type CkanRecord } from "../ckan"
import { parseBrazilianNumber } from "../numbers"
import { thrown } from "../../solar/__tests__/thrown-code"

const RESOURCE = "fcf2906c-7c32-4b9b-a637-054e7a5234f4"
const BASE = "https://dadosabertos.aneel.gov.br"


async function rejected(promise: Promise<unknown>): Promise<{ code?: string; message?: string } | string> {
  try {
    await promise
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message }
  }
  return "did not reject"
}

function ckanPage(records: CkanRecord[], total: number | string, offset: unknown = 0): unknown {
  return { success: true, result: { records, total, offset } }
}

describe("parseBrazilianNumber: messages and markers", () => {
  it.each([
    [Number.NaN, "Not a finite number: NaN"],
    [Number.NEGATIVE_INFINITY, "Not a finite number: -Infinity"],
    [true, "Not a number or text: boolean"],
    ["abc", 'Not a pt-BR number: "abc"'],
    [",", 'Not a pt-BR number: ","'],
    [`${"9".repeat(30)}.${"x".repeat(30)}`, `Not a pt-BR number: "${"9".repeat(30)}.${"x".repeat(9)}"`],
  ])("refuses %p saying %s", (value, message) => {
    expect(thrown(() => parseBrazilianNumber(value as unknown as string))).toEqual({
      code: "aneel_invalid_number",
      message,
    })
  })

  it.each([["–"], [" — "], [" - "]])("reads the dash %j as no value", (text) => {
    expect(parseBrazilianNumber(text)).toBeNull()
  })

  it("reads long groups and a bare integer with a sign", () => {
    expect(parseBrazilianNumber("12.345.678")).toBe(12345678)
    expect(parseBrazilianNumber("-1.000,5")).toBe(-1000.5)
    expect(parseBrazilianNumber("-7")).toBe(-7)
    expect(Object.is(parseBrazilianNumber("-0"), 0)).toBe(true)
  })
})

describe("buildDatastoreSearchUrl: messages and bounds", () => {
  it.each([
    ["not a url", { resourceId: RESOURCE }, 'Invalid ANEEL base URL: "not a url"'],
    ["ftp://x.example", { resourceId: RESOURCE }, 'ANEEL base URL must be http(s): "ftp://x.example"'],
    [BASE, { resourceId: "" }, "A CKAN resource id is required"],
    [BASE, { resourceId: 42 as unknown as string }, "A CKAN resource id is required"],
    [BASE, { resourceId: RESOURCE, limit: 32001 }, "limit must be an integer from 1 to 32000"],
    [BASE, { resourceId: RESOURCE, offset: 1.5 }, "offset must be a non-negative integer"],
    [BASE, { resourceId: RESOURCE, filters: { SigAgente: null as unknown as string } }, "Filter SigAgente must be text"],
  ])("refuses %s %j saying %s", (base, query, message) => {
    expect(thrown(() => buildDatastoreSearchUrl(base, query))).toEqual({ code: "aneel_invalid_query", message })
  })

  it("accepts http, a limit of 1 and of 32000, offset 0, and trims the resource id", () => {
    const url = new URL(buildDatastoreSearchUrl("http://ckan.local?token=x", { resourceId: ` ${RESOURCE} `, limit: 1 }))
    expect(url.origin).toBe("http://ckan.local")
    expect(url.searchParams.get("resource_id")).toBe(RESOURCE)
    expect(url.searchParams.get("token")).toBeNull()
    expect(url.searchParams.get("limit")).toBe("1")
    expect(url.searchParams.get("offset")).toBe("0")
    expect(url.searchParams.has("fields")).toBe(false)
    expect(url.searchParams.has("filters")).toBe(false)
    const max = new URL(buildDatastoreSearchUrl(BASE, { resourceId: RESOURCE, limit: 32000, offset: 0, fields: [] }))
    expect(max.searchParams.get("limit")).toBe("32000")
    expect(max.searchParams.has("fields")).toBe(false)
  })
})

describe("parseDatastoreSearchPage: messages, CKAN's error details and offsets", () => {
  it.each([
    ["null", null, "ANEEL answered something other than a JSON object"],
    ["success false without error", { success: false }, "ANEEL answered success=false"],
    ["an error that is not an object", { success: false, error: "boom" }, "ANEEL answered success=false"],
    [
      "a typeless error with a non-list field",
      { success: false, error: { limit: "too big", fields: ["a", "b"] } },
      "ANEEL answered success=false: error - limit: too big - fields: a; b",
    ],
    ["no result", { success: true, result: [] }, "ANEEL's answer has no result object"],
    ["no records", { success: true, result: { total: 0 } }, "ANEEL's answer has no records array"],
    ["a non-object record", { success: true, result: { records: [null], total: 1 } }, "ANEEL's records are not all objects"],
    ["a total with letters", { success: true, result: { records: [], total: "12a" } }, "ANEEL's answer has no valid total"],
  ])("refuses %s", (_label, json, message) => {
    expect(thrown(() => parseDatastoreSearchPage(json))).toEqual({ code: "aneel_bad_response", message })
  })

  it("keeps CKAN's error detail to 300 characters", () => {
    const error = { __type: "Validation Error", filters: ["x".repeat(400)] }
    const outcome = thrown(() => parseDatastoreSearchPage({ success: false, error }))
    expect(typeof outcome === "object" && outcome.message).toBe(
      `ANEEL answered success=false: ${`Validation Error - filters: ${"x".repeat(400)}`.slice(0, 300)}`
    )
  })

  it.each([[-1], [1.5]])("refuses a requestOffset of %p as the caller's mistake", (requestOffset) => {
    expect(thrown(() => parseDatastoreSearchPage(ckanPage([], 0), requestOffset))).toEqual({
      code: "aneel_invalid_query",
      message: "requestOffset must be a non-negative integer",
    })
  })

  it("reads an echoed offset sent as digits, ignores a junk one, and has no next page when a page ends at total", () => {
    expect(parseDatastoreSearchPage(ckanPage([{ _id: 11 }], 12, "10"))).toMatchObject({ offset: 10, next_offset: 11 })
    expect(parseDatastoreSearchPage(ckanPage([{ _id: 1 }], 12, "ten")).offset).toBe(0)
    expect(parseDatastoreSearchPage(ckanPage([{ _id: 1 }], 12, -3)).offset).toBe(0)
    expect(parseDatastoreSearchPage(ckanPage([{ _id: 12 }], 12), 11).next_offset).toBeNull()
    expect(parseDatastoreSearchPage(ckanPage([{ _id: 12 }], "12"), 11).total).toBe(12)
  })
})

describe("fetchAllPages: messages and bounds", () => {
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, index) => ({ _id: from + index }))

  it("reads a result set of exactly maxPages pages", async () => {
    const all = await fetchAllPages(async (offset) => ckanPage(rows(offset, 2).filter((row) => row._id < 4), 4, offset), 2, {
      maxPages: 2,
    })
    expect(all).toMatchObject({ total: 4, pages: 2 })
    expect(all.records.map((record) => record._id)).toEqual([0, 1, 2, 3])
  })

  it("says how many records need how many pages", async () => {
    expect(await rejected(fetchAllPages(async () => ckanPage(rows(0, 2), 5), 2, { maxPages: 2 }))).toEqual({
      code: "aneel_too_many_pages",
      message: "5 records need more than 2 pages of 2",
    })
  })

  it("says where it gave up when the upstream caps pages below pageSize", async () => {
    expect(await rejected(fetchAllPages(async (offset) => ckanPage(rows(offset, 1), 4, offset), 2, { maxPages: 2 }))).toEqual({
      code: "aneel_too_many_pages",
      message: "Gave up after 2 pages with 2 of 4 records",
    })
  })

  it("names both totals when the dataset changes mid-read", async () => {
    expect(await rejected(fetchAllPages(async (offset) => ckanPage(rows(offset, 1), offset === 0 ? 3 : 4, offset), 1))).toEqual({
      code: "aneel_bad_response",
      message: "ANEEL's total changed from 3 to 4 mid-read",
    })
  })

  it("names the offset of a page that added nothing, treating a string _id like the number", async () => {
    const fetchPage = async (offset: number) => ckanPage([offset === 0 ? { _id: 1 } : { _id: "1" }], 3, offset)
    expect(await rejected(fetchAllPages(fetchPage, 1))).toEqual({
      code: "aneel_bad_response",
      message: "ANEEL's page at offset 1 added no records (1 of 3 read)",
    })
  })

  it.each([[0], [1.5]])("refuses maxPages %p", async (maxPages) => {
    expect(await rejected(fetchAllPages(async () => ckanPage([], 0), 10, { maxPages }))).toEqual({
      code: "aneel_invalid_query",
      message: "maxPages must be a positive integer",
    })
  })

  it("refuses a pageSize above CKAN's cap saying so, and accepts the cap itself and a single page", async () => {
    expect(await rejected(fetchAllPages(async () => ckanPage([], 0), 32001))).toEqual({
      code: "aneel_invalid_query",
      message: "pageSize must be an integer from 1 to 32000",
    })
    expect(await fetchAllPages(async () => ckanPage([], 0), 32000, { maxPages: 1 })).toEqual({ records: [], total: 0, pages: 1 })
  })
})

describe("the rest of each rule, one case apiece", () => {
  it("refuses a lone sign, which has no digits", () => {
    expect(thrown(() => parseBrazilianNumber("+"))).toEqual({ code: "aneel_invalid_number", message: 'Not a pt-BR number: "+"' })
  })

  it("drops any number of trailing slashes of a proxy prefix", () => {
    expect(buildDatastoreSearchUrl("https://proxy.example/ckan//", { resourceId: RESOURCE })).toMatch(
      /^https:\/\/proxy\.example\/ckan\/api\/3\/action\/datastore_search\?/
    )
  })

  it("quotes CKAN's own message, and says 'error' for a type that is not text", () => {
    const notFound = { success: false, error: { __type: "Not Found Error", message: "Not found: Resource" } }
    expect(thrown(() => parseDatastoreSearchPage(notFound))).toEqual({
      code: "aneel_bad_response",
      message: "ANEEL answered success=false: Not found: Resource",
    })
    expect(thrown(() => parseDatastoreSearchPage({ success: false, error: { __type: 5, sort: ["bad"] } }))).toEqual({
      code: "aneel_bad_response",
      message: "ANEEL answered success=false: error - sort: bad",
    })
  })

  it("has no next page after an empty page, even below total", () => {
    expect(parseDatastoreSearchPage(ckanPage([], 5), 0).next_offset).toBeNull()
  })

  it.each([["a12"], ["12a"]])("refuses a total of %j", (total) => {
    expect(thrown(() => parseDatastoreSearchPage(ckanPage([], total)))).toEqual({
      code: "aneel_bad_response",
      message: "ANEEL's answer has no valid total",
    })
  })

  it("knows a row by its _id even when a republished copy changed other fields", async () => {
    const fetchPage = async (offset: number) => ckanPage([{ _id: 7, VlrTE: offset === 0 ? "1,00" : "2,00" }], 2, offset)
    expect(await rejected(fetchAllPages(fetchPage, 1))).toEqual({
      code: "aneel_bad_response",
      message: "ANEEL's page at offset 1 added no records (1 of 2 read)",
    })
  })
})

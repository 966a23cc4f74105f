import { thrownCode } from "../../solar/__tests__/thrown-code"
import {
  buildDatastoreSearchUrl,
  fetchAllPages,
  parseDatastoreSearchPage,
  type CkanRecord,
} from "../ckan"
import { CNPJ, PAGE_FIXTURES, loadFixture } from "./fixtures"

const RESOURCE = "fcf2906c-7c32-4b9b-a637-054e7a5234f4"
const BASE = "https://dadosabertos.aneel.gov.br"

async function rejectedCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as { code?: string }).code ?? `no code: ${String(error)}`
  }
  return "did not reject"
}

function ckanPage(records: CkanRecord[], total: number, offset = 0): unknown {
  return { success: true, result: { records, total, offset, limit: records.length } }
}

describe("buildDatastoreSearchUrl", () => {
  it("builds the datastore_search URL with JSON filters and the default sort", () => {
    const url = new URL(
      buildDatastoreSearchUrl(BASE, {
        resourceId: RESOURCE,
        filters: { SigAgente: "ENEL SP", DscSubGrupo: "B1" },
        limit: 50,
        offset: 100,
      })
    )
    expect(url.origin + url.pathname).toBe(`${BASE}/api/3/action/datastore_search`)
    expect(url.searchParams.get("resource_id")).toBe(RESOURCE)
    expect(JSON.parse(url.searchParams.get("filters") as string)).toEqual({
      SigAgente: "ENEL SP",
      DscSubGrupo: "B1",
    })
    expect(url.searchParams.get("sort")).toBe("DatInicioVigencia desc")
    expect(url.searchParams.get("limit")).toBe("50")
    expect(url.searchParams.get("offset")).toBe("100")
  })

  it("yields the same URL whatever order the filters were given in (a stable cache key)", () => {
    const a = buildDatastoreSearchUrl(BASE, {
      resourceId: RESOURCE,
      filters: { SigAgente: "CEMIG-D", DscSubGrupo: "B1" },
    })
    const b = buildDatastoreSearchUrl(BASE, {
      resourceId: RESOURCE,
      filters: { DscSubGrupo: "B1", SigAgente: "CEMIG-D" },
    })
    expect(a).toBe(b)
  })

  it("percent-encodes accents and spaces in the filters, which CKAN decodes back", () => {
    const url = buildDatastoreSearchUrl(BASE, {
      resourceId: RESOURCE,
      filters: {
        DscBaseTarifaria: "Tarifa de Aplicação",
        DscClasse: "Residencial",
        DscDetalhe: "Não se aplica",
        DscModalidadeTarifaria: "Convencional",
        DscSubClasse: "Residencial",
        DscSubGrupo: "B1",
        NomPostoTarifario: "Não se aplica",
        NumCNPJDistribuidora: CNPJ.ENEL_SP,
      },
    })
    expect(url).not.toMatch(/[ ãçÃ"{}]/)
    const filters = JSON.parse(new URL(url).searchParams.get("filters") as string)
    expect(filters).toEqual({
      DscBaseTarifaria: "Tarifa de Aplicação",
      DscClasse: "Residencial",
      DscDetalhe: "Não se aplica",
      DscModalidadeTarifaria: "Convencional",
      DscSubClasse: "Residencial",
      DscSubGrupo: "B1",
      NomPostoTarifario: "Não se aplica",
      NumCNPJDistribuidora: CNPJ.ENEL_SP,
    })
    // What the real client sends for the same query: a filters parameter CKAN can json.loads.
    expect(url).toContain("filters=%7B%22DscBaseTarifaria%22%3A%22Tarifa+de+Aplica%C3%A7%C3%A3o%22")
  })

  it("uses defaults (limit 100, offset 0), omits empty filters and accepts a custom sort and fields", () => {
    const plain = new URL(buildDatastoreSearchUrl(BASE, { resourceId: RESOURCE, filters: {} }))
    expect(plain.searchParams.has("filters")).toBe(false)
    expect(plain.searchParams.get("limit")).toBe("100")
    expect(plain.searchParams.get("offset")).toBe("0")
    const custom = new URL(
      buildDatastoreSearchUrl(BASE, {
        resourceId: RESOURCE,
        sort: "SigAgente asc",
        fields: ["SigAgente", "NumCNPJDistribuidora"],
      })
    )
    expect(custom.searchParams.get("sort")).toBe("SigAgente asc")
    expect(custom.searchParams.get("fields")).toBe("SigAgente,NumCNPJDistribuidora")
  })

  it("keeps a path prefix and ignores trailing slashes on the base URL", () => {
    expect(buildDatastoreSearchUrl("https://proxy.example/ckan/", { resourceId: RESOURCE })).toMatch(
      /^https:\/\/proxy\.example\/ckan\/api\/3\/action\/datastore_search\?resource_id=/
    )
    expect(buildDatastoreSearchUrl(`${BASE}/`, { resourceId: RESOURCE })).toMatch(
      new RegExp(`^${BASE}/api/3/action/datastore_search\\?`)
    )
  })

  it.each([
    ["not a url", { resourceId: RESOURCE }],
    ["ftp://dadosabertos.aneel.gov.br", { resourceId: RESOURCE }],
    [BASE, { resourceId: " " }],
    [BASE, { resourceId: RESOURCE, limit: 0 }],
    [BASE, { resourceId: RESOURCE, limit: 32001 }],
    [BASE, { resourceId: RESOURCE, limit: 1.5 }],
    [BASE, { resourceId: RESOURCE, offset: -1 }],
    [BASE, { resourceId: RESOURCE, filters: { SigAgente: 1 as unknown as string } }],
  ])("refuses %s %j with aneel_invalid_query", (base, query) => {
    expect(thrownCode(() => buildDatastoreSearchUrl(base, query))).toBe("aneel_invalid_query")
  })
})

describe("parseDatastoreSearchPage", () => {
  it("reads a recorded page: records, total and the next offset", () => {
    const page = parseDatastoreSearchPage(loadFixture("tariffs-page-1.json"))
    expect(page.records).toHaveLength(10)
    expect(page.total).toBe(26)
    expect(page.offset).toBe(0)
    expect(page.next_offset).toBe(10)
    expect(page.records[0]).toMatchObject({ _id: 318220, SigAgente: "ENEL SP", VlrTUSD: "301,22" })
  })

  it("takes the offset from the answer, or from the caller when given", () => {
    expect(parseDatastoreSearchPage(loadFixture("tariffs-page-2.json")).next_offset).toBe(20)
    expect(parseDatastoreSearchPage(loadFixture("tariffs-page-2.json"), 10).offset).toBe(10)
    expect(parseDatastoreSearchPage(ckanPage([{ _id: 1 }], 5, undefined)).offset).toBe(0)
  })

  it("has no next page on the last page, and advances by what was returned, not the limit", () => {
    const last = parseDatastoreSearchPage(loadFixture("tariffs-page-3.json"))
    expect(last.records).toHaveLength(6)
    expect(last.next_offset).toBeNull()
    // CKAN capped the page at 3 records although 10 were asked for.
    expect(parseDatastoreSearchPage(ckanPage([{ _id: 1 }, { _id: 2 }, { _id: 3 }], 26), 0).next_offset).toBe(3)
  })

  it("reads an empty result set", () => {
    expect(parseDatastoreSearchPage(ckanPage([], 0))).toEqual({
      records: [],
      total: 0,
      offset: 0,
      next_offset: null,
    })
  })

  it("reads the filtered residential query", () => {
    const page = parseDatastoreSearchPage(loadFixture("residential-enel-sp.json"))
    expect(page.total).toBe(3)
    expect(page.next_offset).toBeNull()
  })

  it.each([
    ["error-not-found.json", /Not found: Resource/],
    ["error-validation.json", /Validation Error - filters: field "DscSubgrupo" not in table/],
  ])("turns CKAN's %s into aneel_bad_response with its message", (name, message) => {
    expect(thrownCode(() => parseDatastoreSearchPage(loadFixture(name)))).toBe("aneel_bad_response")
    expect(() => parseDatastoreSearchPage(loadFixture(name))).toThrow(message)
  })

  it.each([
    ["null", null],
    ["an array", []],
    ["HTML text", "<html>502 Bad Gateway</html>"],
    ["no success flag", { result: { records: [], total: 0 } }],
    ["success as a string", { success: "true", result: { records: [], total: 0 } }],
    ["no result", { success: true }],
    ["records not an array", { success: true, result: { records: {}, total: 0 } }],
    ["a record that is not an object", { success: true, result: { records: [1], total: 1 } }],
    ["no total", { success: true, result: { records: [] } }],
    ["a negative total", { success: true, result: { records: [], total: -1 } }],
    ["a fractional total", { success: true, result: { records: [], total: 1.5 } }],
  ])("refuses %s with aneel_bad_response", (_label, json) => {
    expect(thrownCode(() => parseDatastoreSearchPage(json))).toBe("aneel_bad_response")
  })

  it("accepts a total sent as digits", () => {
    expect(parseDatastoreSearchPage({ success: true, result: { records: [], total: "0" } }).total).toBe(0)
  })
})

describe("fetchAllPages", () => {
  const pages = new Map(
    PAGE_FIXTURES.map((name, index) => [index * 10, loadFixture(name)] as const)
  )

  it("assembles the three recorded pages in order", async () => {
    const asked: number[] = []
    const all = await fetchAllPages(async (offset) => {
      asked.push(offset)
      return pages.get(offset)
    }, 10)
    expect(asked).toEqual([0, 10, 20])
    expect(all.total).toBe(26)
    expect(all.pages).toBe(3)
    expect(all.records).toHaveLength(26)
    expect(new Set(all.records.map((record) => record._id)).size).toBe(26)
    expect(all.records[0]._id).toBe(318220)
  })

  it("makes one call for a single page and none beyond total", async () => {
    const fetchPage = jest.fn(async () => loadFixture("residential-enel-sp.json"))
    const all = await fetchAllPages(fetchPage, 100)
    expect(fetchPage).toHaveBeenCalledTimes(1)
    expect(all.records).toHaveLength(3)
  })

  it("returns an empty result after one call", async () => {
    const fetchPage = jest.fn(async () => ckanPage([], 0))
    expect(await fetchAllPages(fetchPage, 10)).toEqual({ records: [], total: 0, pages: 1 })
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })

  it("follows short pages by the number of records actually returned", async () => {
    const rows = Array.from({ length: 7 }, (_, index) => ({ _id: index + 1 }))
    const asked: number[] = []
    const all = await fetchAllPages(async (offset) => {
      asked.push(offset)
      return ckanPage(rows.slice(offset, offset + 3), rows.length, offset)
    }, 5)
    expect(asked).toEqual([0, 3, 6])
    expect(all.records.map((record) => record._id)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it("stops with aneel_bad_response when the upstream keeps answering the first page", async () => {
    const fetchPage = jest.fn(async () => loadFixture("tariffs-page-1.json"))
    expect(await rejectedCode(fetchAllPages(fetchPage, 10))).toBe("aneel_bad_response")
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it("stops with aneel_bad_response when a page is empty before total is reached", async () => {
    const fetchPage = jest.fn(async (offset: number) =>
      offset === 0 ? loadFixture("tariffs-page-1.json") : ckanPage([], 26, offset)
    )
    expect(await rejectedCode(fetchAllPages(fetchPage, 10))).toBe("aneel_bad_response")
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it("notices repeated rows without _id too", async () => {
    const fetchPage = async (offset: number) => ckanPage([{ SigAgente: "ENEL SP" }], 2, offset)
    expect(await rejectedCode(fetchAllPages(fetchPage, 1))).toBe("aneel_bad_response")
  })

  it("refuses a total that changes mid-read (the dataset was republished)", async () => {
    const fetchPage = async (offset: number) => ckanPage([{ _id: offset + 1 }], offset === 0 ? 3 : 4, offset)
    expect(await rejectedCode(fetchAllPages(fetchPage, 1))).toBe("aneel_bad_response")
  })

  it("propagates a bad page's code and the fetch's own errors", async () => {
    expect(await rejectedCode(fetchAllPages(async () => loadFixture("error-not-found.json"), 10))).toBe(
      "aneel_bad_response"
    )
    const timeout = Object.assign(new Error("timed out"), { code: "upstream_timeout" })
    expect(await rejectedCode(fetchAllPages(async () => Promise.reject(timeout), 10))).toBe(
      "upstream_timeout"
    )
  })

  it("gives up before fetching more when total needs more than maxPages pages", async () => {
    const fetchPage = jest.fn(async (offset: number) => pages.get(offset))
    expect(await rejectedCode(fetchAllPages(fetchPage, 10, { maxPages: 2 }))).toBe("aneel_too_many_pages")
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })

  it("caps the number of pages even when the upstream caps page sizes below pageSize", async () => {
    const fetchPage = jest.fn(async (offset: number) => ckanPage([{ _id: offset }], 1000, offset))
    expect(await rejectedCode(fetchAllPages(fetchPage, 100))).toBe("aneel_too_many_pages")
    expect(fetchPage).toHaveBeenCalledTimes(50)
  })

  it.each([[0], [-1], [1.5], [32001]])("refuses pageSize %d with aneel_invalid_query", async (size) => {
    expect(await rejectedCode(fetchAllPages(async () => ckanPage([], 0), size))).toBe(
      "aneel_invalid_query"
    )
  })
})

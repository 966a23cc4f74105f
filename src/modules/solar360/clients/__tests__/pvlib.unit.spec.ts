import { createServer, Server } from "http"
import { AddressInfo } from "net"
import { builtinYieldEstimate, fetchPvlibYield, normalisePvlibRequest, PvlibYieldRequest } from "../pvlib"

describe("normalisePvlibRequest", () => {
  it("rounds coordinates to 4 decimals, defaults losses and leaves the state out", () => {
    const request = PvlibYieldRequest.parse({
      latitude: -23.550519,
      longitude: -46.633309,
      tilt_degrees: 23.04,
      azimuth_degrees: 360,
      system_kwp: 5.5,
      state: "SP",
    })
    expect(normalisePvlibRequest(request)).toEqual({
      latitude: -23.5505,
      longitude: -46.6333,
      tilt_degrees: 23,
      azimuth_degrees: 0,
      system_kwp: 5.5,
      losses_percent: 14.08,
    })
  })

  it("refuses out-of-range input and unknown fields", () => {
    const base = { latitude: 0, longitude: 0, tilt_degrees: 10, azimuth_degrees: 0, system_kwp: 1 }
    expect(PvlibYieldRequest.safeParse({ ...base, latitude: 91 }).success).toBe(false)
    expect(PvlibYieldRequest.safeParse({ ...base, system_kwp: 0 }).success).toBe(false)
    expect(PvlibYieldRequest.safeParse({ ...base, foo: 1 }).success).toBe(false)
  })
})

describe("builtinYieldEstimate", () => {
  it("is kWp x capital HSP x 365 x PR", () => {
    const estimate = builtinYieldEstimate(5, "sp", {})
    expect(estimate).toMatchObject({
      source: "builtin_estimate",
      hsp: 4.6,
      hsp_source: "capital_table",
      performance_ratio: 0.8,
      monthly_ac_kwh: null,
    })
    expect(estimate.annual_ac_kwh).toBeCloseTo(5 * 4.6 * 365 * 0.8, 1)
  })

  it("uses the store's performance ratio override", () => {
    expect(builtinYieldEstimate(1, "SP", { performance_ratio: 0.75 }).annual_ac_kwh).toBeCloseTo(4.6 * 365 * 0.75, 1)
  })
})

describe("fetchPvlibYield", () => {
  let server: Server
  let base: string
  let answer: { status: number; body: string }

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(answer.status, { "content-type": "application/json" })
      res.end(answer.body)
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const request = { latitude: 0, longitude: 0, tilt_degrees: 10, azimuth_degrees: 0, system_kwp: 1, losses_percent: 14 }

  it("returns a valid answer as found, with the URL", async () => {
    const value = { annual_ac_kwh: 1400, monthly_ac_kwh: Array(12).fill(116.6) }
    answer = { status: 200, body: JSON.stringify(value) }
    await expect(fetchPvlibYield(base, request, 2000)).resolves.toEqual({
      found: true,
      value,
      source_url: base.replace(/\/$/, "") + "/yield",
    })
  })

  it("maps 404 to not found", async () => {
    answer = { status: 404, body: "{}" }
    await expect(fetchPvlibYield(base, request, 2000)).resolves.toMatchObject({ found: false })
  })

  it("treats a malformed body as an upstream error", async () => {
    answer = { status: 200, body: JSON.stringify({ annual_ac_kwh: -1, monthly_ac_kwh: [] }) }
    await expect(fetchPvlibYield(base, request, 2000)).rejects.toMatchObject({ code: "upstream_error", status: 200 })
  })
})

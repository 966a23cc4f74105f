import http from "http"
import { AddressInfo } from "net"
import { GoogleSolarClient } from "../clients/google-solar"

describe("GoogleSolarClient", () => {
  let server: http.Server
  let baseUrl: string
  let answer: { status: number; body: string; delayMs?: number }
  const requests: URL[] = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(new URL(req.url!, baseUrl))
      setTimeout(() => {
        res.writeHead(answer.status, { "content-type": "application/json" })
        res.end(answer.body)
      }, answer.delayMs ?? 0)
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const client = (overrides: Partial<ConstructorParameters<typeof GoogleSolarClient>[0]> = {}) =>
    new GoogleSolarClient({ baseUrl, apiKey: "k3y", requiredQuality: "MEDIUM", timeoutMs: 2000, ...overrides })

  it("is not configured without an API key, and asks nothing", async () => {
    const before = requests.length
    expect(client({ apiKey: undefined }).configured).toBe(false)
    await expect(client({ apiKey: undefined }).findClosestBuilding(-23.5, -46.6)).resolves.toEqual({
      status: "not_configured",
    })
    expect(requests.length).toBe(before)
  })

  it("asks findClosest with the point, the quality and the key, and returns the JSON", async () => {
    answer = { status: 200, body: JSON.stringify({ name: "buildings/x", imageryQuality: "HIGH" }) }
    const result = await client().findClosestBuilding(-23.5578733, -46.6615948)
    expect(result).toEqual({ status: "found", insights: { name: "buildings/x", imageryQuality: "HIGH" } })
    const url = requests.at(-1)!
    expect(url.pathname).toBe("/v1/buildingInsights:findClosest")
    expect(Object.fromEntries(url.searchParams)).toEqual({
      "location.latitude": "-23.5578733",
      "location.longitude": "-46.6615948",
      requiredQuality: "MEDIUM",
      key: "k3y",
    })
  })

  it("answers not_found on 404", async () => {
    answer = { status: 404, body: JSON.stringify({ error: { code: 404, status: "NOT_FOUND" } }) }
    await expect(client().findClosestBuilding(0, 0)).resolves.toEqual({ status: "not_found" })
  })

  it("turns other failures into coded errors that never echo the key", async () => {
    answer = { status: 429, body: JSON.stringify({ error: { message: "Quota exceeded" } }) }
    await expect(client().findClosestBuilding(0, 0)).rejects.toMatchObject({
      code: "solar360_upstream_error",
      message: "Google Solar answered 429: Quota exceeded",
    })
    answer = { status: 200, body: "<html>" }
    await expect(client().findClosestBuilding(0, 0)).rejects.toMatchObject({ code: "solar360_upstream_error" })
    const unreachable = client({ baseUrl: "http://127.0.0.1:1" }).findClosestBuilding(0, 0)
    await expect(unreachable).rejects.toMatchObject({ code: "solar360_upstream_error" })
    await expect(unreachable).rejects.not.toMatchObject({ message: expect.stringContaining("k3y") })
  })

  it("gives up after the timeout", async () => {
    answer = { status: 200, body: "{}", delayMs: 1000 }
    await expect(client({ timeoutMs: 100 }).findClosestBuilding(0, 0)).rejects.toMatchObject({
      code: "solar360_upstream_timeout",
      message: "Google Solar did not answer within 100 ms",
    })
  })
})

import { createHash } from "crypto"
import { createServer, IncomingMessage, Server, ServerResponse } from "http"
import { AddressInfo } from "net"

import { DomainError } from "../../errors"
import { cacheKey, canonicalJson, fetchJson, isUpstreamError, UpstreamError } from ".."

describe("canonicalJson", () => {
  it("sorts object keys recursively and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: 1, y: 2 }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,1,{"y":2,"z":1}]},"b":1}'
    )
  })

  it("gives the same text whatever the key order", () => {
    expect(canonicalJson({ lat: -23.5, lon: -46.6, tilt: 20 })).toBe(
      canonicalJson({ tilt: 20, lon: -46.6, lat: -23.5 })
    )
  })

  it("drops undefined properties and writes undefined array items as null", () => {
    expect(canonicalJson({ a: undefined, b: null, c: [undefined, 1] })).toBe('{"b":null,"c":[null,1]}')
  })

  it("writes numbers, strings, booleans and dates as JSON does", () => {
    expect(canonicalJson(1.5)).toBe("1.5")
    expect(canonicalJson(-0.0001)).toBe("-0.0001")
    expect(canonicalJson("SP")).toBe('"SP"')
    expect(canonicalJson(true)).toBe("true")
    expect(canonicalJson(new Date("2026-01-02T03:04:05.000Z"))).toBe('"2026-01-02T03:04:05.000Z"')
    expect(canonicalJson(undefined)).toBe("null")
  })
})

describe("cacheKey", () => {
  it("is the SHA-256 hex of kind:canonical-json", () => {
    const expected = createHash("sha256").update('yield:{"a":1,"b":2}').digest("hex")
    expect(cacheKey("yield", { b: 2, a: 1 })).toBe(expected)
    expect(expected).toMatch(/^[0-9a-f]{64}$/)
  })

  it("differs by kind and by request", () => {
    expect(cacheKey("yield", { a: 1 })).not.toBe(cacheKey("tariffs", { a: 1 }))
    expect(cacheKey("yield", { a: 1 })).not.toBe(cacheKey("yield", { a: 2 }))
  })
})

describe("fetchJson", () => {
  let server: Server
  let base: string
  let handler: (req: IncomingMessage, res: ServerResponse) => void

  beforeAll(async () => {
    server = createServer((req, res) => handler(req, res))
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it("returns status and parsed JSON, sending a JSON body and headers", async () => {
    let received: { method?: string; type?: string; token?: string; body: string } = { body: "" }
    handler = (req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        received = {
          method: req.method,
          type: req.headers["content-type"],
          token: req.headers["x-token"] as string,
          body,
        }
        res.writeHead(200, { "content-type": "application/json" })
        res.end('{"ok":true}')
      })
    }
    const result = await fetchJson(`${base}/yield`, {
      timeoutMs: 2000,
      headers: { "x-token": "t" },
      body: { a: 1 },
    })
    expect(result).toEqual({ status: 200, json: { ok: true } })
    expect(received).toEqual({ method: "POST", type: "application/json", token: "t", body: '{"a":1}' })
  })

  it("treats 404 as an answer", async () => {
    handler = (_req, res) => {
      res.writeHead(404)
      res.end("no such thing")
    }
    await expect(fetchJson(base, { timeoutMs: 2000 })).resolves.toEqual({ status: 404, json: null })
  })

  it("throws upstream_error with the status and a short body on other statuses", async () => {
    handler = (_req, res) => {
      res.writeHead(503)
      res.end("x".repeat(1000))
    }
    const error = await fetchJson(base, { timeoutMs: 2000 }).catch((e) => e)
    expect(error).toBeInstanceOf(UpstreamError)
    expect(error).toBeInstanceOf(DomainError)
    expect(isUpstreamError(error)).toBe(true)
    expect(error.name).toBe("UpstreamError")
    expect(error.code).toBe("upstream_error")
    expect(error.status).toBe(503)
    expect(error.body.length).toBeLessThanOrEqual(203)
  })

  it("sends GET with only an accept header when there is no body, and the method asked for otherwise", async () => {
    const seen: Array<{ method?: string; accept?: string; type?: string }> = []
    handler = (req, res) => {
      seen.push({ method: req.method, accept: req.headers.accept, type: req.headers["content-type"] })
      req.resume()
      req.on("end", () => {
        res.writeHead(200)
        res.end("[1]")
      })
    }
    await expect(fetchJson(base, { timeoutMs: 2000 })).resolves.toEqual({ status: 200, json: [1] })
    await fetchJson(base, { timeoutMs: 2000, method: "POST" })
    await fetchJson(base, { timeoutMs: 2000, method: "GET", headers: { accept: "application/geo+json" } })
    expect(seen).toEqual([
      { method: "GET", accept: "application/json", type: undefined },
      { method: "POST", accept: "application/json", type: undefined },
      { method: "GET", accept: "application/geo+json", type: undefined },
    ])
  })

  it("parses a 404 whose body is JSON, and accepts a body that is the JSON null", async () => {
    let answer = { status: 404, body: '{"error":"no building here"}' }
    handler = (_req, res) => {
      res.writeHead(answer.status)
      res.end(answer.body)
    }
    await expect(fetchJson(base, { timeoutMs: 2000 })).resolves.toEqual({
      status: 404,
      json: { error: "no building here" },
    })
    answer = { status: 201, body: " null\n" }
    await expect(fetchJson(base, { timeoutMs: 2000 })).resolves.toEqual({ status: 201, json: null })
    answer = { status: 299, body: "{}" }
    await expect(fetchJson(base, { timeoutMs: 2000 })).resolves.toEqual({ status: 299, json: {} })
  })

  it("treats 3xx as an error and keeps a body of 200 characters whole, a longer one cut with an ellipsis", async () => {
    let answer = { status: 300, body: "y".repeat(200) }
    handler = (_req, res) => {
      res.writeHead(answer.status)
      res.end(answer.body)
    }
    await expect(fetchJson(base, { timeoutMs: 2000 })).rejects.toMatchObject({
      code: "upstream_error",
      message: "Upstream answered HTTP 300",
      status: 300,
      body: "y".repeat(200),
    })
    answer = { status: 500, body: "z".repeat(201) }
    await expect(fetchJson(base, { timeoutMs: 2000 })).rejects.toMatchObject({
      status: 500,
      body: `${"z".repeat(200)}...`,
    })
    answer = { status: 200, body: "<html>" }
    await expect(fetchJson(base, { timeoutMs: 2000 })).rejects.toMatchObject({
      message: "Upstream answered a body that is not JSON",
      body: "<html>",
    })
  })

  it("throws upstream_error on a body that is not JSON", async () => {
    handler = (_req, res) => {
      res.writeHead(200)
      res.end("<html>")
    }
    await expect(fetchJson(base, { timeoutMs: 2000 })).rejects.toMatchObject({ code: "upstream_error", status: 200 })
  })

  it("throws upstream_timeout when the deadline passes", async () => {
    handler = (_req, res) => {
      setTimeout(() => {
        res.writeHead(200)
        res.end("{}")
      }, 500)
    }
    // The server would answer `{}` after 500 ms: a rejection with upstream_timeout can only
    // come from the 50 ms deadline, so no wall-clock assertion is needed.
    await expect(fetchJson(base, { timeoutMs: 50 })).rejects.toMatchObject({
      code: "upstream_timeout",
      message: "Upstream did not answer within 50 ms",
      status: null,
      body: null,
    })
  })

  it("throws upstream_error when nothing listens", async () => {
    const error = await fetchJson("http://127.0.0.1:1/", { timeoutMs: 2000 }).catch((e) => e)
    expect(error).toMatchObject({ code: "upstream_error", status: null, body: null })
    // Node's fetch rejects with a TypeError "fetch failed"; its message is kept, not its name.
    expect(error.message).toBe("Upstream request failed: fetch failed")
  })

  it("leaves no deadline timer behind once the answer is in", async () => {
    handler = (_req, res) => {
      res.writeHead(200)
      res.end("{}")
    }
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length
    const before = timers()
    await fetchJson(base, { timeoutMs: 60_000 })
    expect(timers()).toBe(before)
  })
})

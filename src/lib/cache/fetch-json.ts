import { DomainError } from "../errors"

export const UpstreamErrorCode = {
  TIMEOUT: "upstream_timeout",
  ERROR: "upstream_error",
} as const

export type UpstreamErrorCode = (typeof UpstreamErrorCode)[keyof typeof UpstreamErrorCode]

/**
 * An external API that did not answer in time, failed, or answered something unusable.
 * The module maps it to 504 / 502 (or serves a stale cached answer instead).
 */
export class UpstreamError extends DomainError {
  constructor(
    code: UpstreamErrorCode,
    message: string,
    /** The upstream's HTTP status when it answered at all. */
    public readonly status: number | null = null,
    /** The start of its body, for logs and `last_error` (never the whole body). */
    public readonly body: string | null = null
  ) {
    super(code, message)
    this.name = "UpstreamError"
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError
}

const BODY_EXCERPT_LENGTH = 200

export type FetchJsonOptions = {
  timeoutMs: number
  method?: "GET" | "POST"
  headers?: Record<string, string>
  /** Sent as JSON (sets content-type). */
  body?: unknown
}

export type FetchJsonResult = {
  status: number
  /** The parsed body; null for a 404 whose body isn't JSON. */
  json: unknown
}

/**
 * Calls an upstream JSON API with a hard deadline (global fetch + AbortController; the timer
 * also covers reading the body). 2xx and 404 are answers (a 404 is "not found", which the
 * caller caches as such); anything else, an unparseable body, a network failure or the
 * deadline is an `UpstreamError`.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<FetchJsonResult> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  try {
    const headers: Record<string, string> = { accept: "application/json", ...options.headers }
    let body: string | undefined
    if (options.body !== undefined) {
      headers["content-type"] = "application/json"
      body = JSON.stringify(options.body)
    }
    const response = await fetch(url, {
      method: options.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
      signal: controller.signal,
    })
    const text = await response.text()
    if (response.status === 404) {
      return { status: 404, json: parseOrNull(text) }
    }
    if (response.status < 200 || response.status >= 300) {
      throw new UpstreamError(
        UpstreamErrorCode.ERROR,
        `Upstream answered HTTP ${response.status}`,
        response.status,
        excerpt(text)
      )
    }
    const json = parseOrNull(text)
    if (json === null && text.trim() !== "null") {
      throw new UpstreamError(
        UpstreamErrorCode.ERROR,
        "Upstream answered a body that is not JSON",
        response.status,
        excerpt(text)
      )
    }
    return { status: response.status, json }
  } catch (error) {
    if (isUpstreamError(error)) {
      throw error
    }
    if (timedOut) {
      throw new UpstreamError(
        UpstreamErrorCode.TIMEOUT,
        `Upstream did not answer within ${options.timeoutMs} ms`
      )
    }
    throw new UpstreamError(
      UpstreamErrorCode.ERROR,
      `Upstream request failed: ${(error as Error)?.message ?? String(error)}`
    )
  } finally {
    clearTimeout(timer)
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function excerpt(text: string): string {
  return text.length > BODY_EXCERPT_LENGTH ? `${text.slice(0, BODY_EXCERPT_LENGTH)}...` : text
}

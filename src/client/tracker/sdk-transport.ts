import { BATCH_ROUTES, type BatchTransport, type SendOutcome } from "./environment"

/**
 * The part of the store's Medusa JS SDK instance the tracker uses. Taking the store's own
 * instance means the publishable key, the customer's auth and the base URL follow Medusa's
 * conventions (and an `identify` after login carries the customer's token).
 */
export type MedusaSdkLike = {
  client: {
    fetch<T>(path: string, init?: { method?: string; body?: unknown; keepalive?: boolean }): Promise<T>
  }
}

type BatchAnswer = { rejected?: Array<{ index: number; code: string; message?: string }> }

/**
 * What a failed send means for its items. The SDK throws on any status from 300 (its
 * FetchError keeps the status, not the body). No status (network down, CORS, offline), 401 and
 * 403 (a key being rotated), 408, 429 and 5xx: nothing is known to be stored, so the same items
 * go again later with the same message ids. Another 4xx (a refused envelope, all items
 * rejected) cannot be fixed by sending the same bytes again.
 */
export function outcomeOfFailure(status: number | undefined): SendOutcome {
  if (status === undefined || status === 401 || status === 403 || status === 408 || status === 429 || status >= 500) {
    return { status: "retry" }
  }
  return { status: "dropped", httpStatus: status }
}

/** A transport over the SDK's `client.fetch`. */
export function sdkTransport(sdk: MedusaSdkLike): BatchTransport {
  return {
    async send(kind, body, { keepalive }) {
      try {
        const answer = await sdk.client.fetch<BatchAnswer>(BATCH_ROUTES[kind].path, { method: "POST", body, keepalive })
        return { status: "delivered", rejected: answer?.rejected ?? [] }
      } catch (error) {
        const status = (error as { status?: unknown })?.status
        return outcomeOfFailure(typeof status === "number" ? status : undefined)
      }
    },
  }
}

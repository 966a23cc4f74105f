import { createHash } from "crypto"
import { canonicalJson } from "./canonical-json"

/** The lookup key of a cached upstream answer: SHA-256 hex of `${kind}:${canonical request}`. */
export function cacheKey(kind: string, normalisedRequest: unknown): string {
  return createHash("sha256").update(`${kind}:${canonicalJson(normalisedRequest)}`).digest("hex")
}

import { generateIngestionKey, hashIngestionKey, isIngestionKeyShaped, redactIngestionKey } from ".."

describe("ingestion keys", () => {
  it("generates unguessable prefixed keys whose stored form is their SHA-256 only", () => {
    const first = generateIngestionKey()
    const second = generateIngestionKey()
    expect(first.token).toMatch(/^s360ik_[A-Za-z0-9_-]{43}$/)
    expect(first.token).not.toBe(second.token)
    expect(first.hash).toBe(hashIngestionKey(first.token))
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(first.hash).not.toContain(first.token.slice(7))
    expect(first.redacted).toBe(`s360ik_…${first.token.slice(-4)}`)
    expect(redactIngestionKey(first.token)).not.toContain(first.token.slice(7, -4))
  })

  it("recognises only the key's shape", () => {
    expect(isIngestionKeyShaped(generateIngestionKey().token)).toBe(true)
    expect(isIngestionKeyShaped("sk_123")).toBe(false)
    expect(isIngestionKeyShaped("s360ik_short")).toBe(false)
    expect(isIngestionKeyShaped(null)).toBe(false)
    // Not a string, even one whose text has the shape: the pattern alone would coerce it.
    const token = generateIngestionKey().token
    expect(isIngestionKeyShaped({ toString: () => token } as unknown as string)).toBe(false)
  })
})

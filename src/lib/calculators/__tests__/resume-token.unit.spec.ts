import {
  canViewCalculation,
  generateResumeToken,
  hashIdempotencyKey,
  hashResumeToken,
  resumeTokenForIdempotencyKey,
  resumeTokenMatches,
} from "../resume-token"

describe("resume tokens", () => {
  it("are random, prefixed, at least 256 bits, and stored only as their SHA-256", () => {
    const a = generateResumeToken()
    const b = generateResumeToken()
    expect(a.token).not.toBe(b.token)
    expect(a.token).toMatch(/^s360rt_[A-Za-z0-9_-]{43}$/)
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(a.hash).toBe(hashResumeToken(a.token))
    expect(a.hash).not.toContain(a.token.slice(7, 20))
  })

  it("match only the token they were made from", () => {
    const { token, hash } = generateResumeToken()
    expect(resumeTokenMatches(token, hash)).toBe(true)
    expect(resumeTokenMatches(token + "x", hash)).toBe(false)
    expect(resumeTokenMatches(generateResumeToken().token, hash)).toBe(false)
    expect(resumeTokenMatches("", hash)).toBe(false)
    expect(resumeTokenMatches(null, hash)).toBe(false)
    expect(resumeTokenMatches(token, null)).toBe(false)
    expect(resumeTokenMatches(token, "not-a-hash")).toBe(false)
    // Only a stored hash exactly as the digest writes it: 64 lowercase hex digits.
    expect(resumeTokenMatches(token, hash.toUpperCase())).toBe(false)
    expect(resumeTokenMatches(token, hash + "0")).toBe(false)
    expect(resumeTokenMatches(token, "0" + hash)).toBe(false)
    expect(resumeTokenMatches(token, hash.slice(0, 63))).toBe(false)
    expect(resumeTokenMatches(token, "")).toBe(false)
  })

  it("hash as the SHA-256 hex of the token's UTF-8 text (the stored form must never change)", () => {
    expect(hashResumeToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(hashResumeToken("ç")).toBe("8bfa829b8119a6f39b91fd8decec63830b556e4d88a9da29334d7b0558829f2d")
  })
})

describe("canViewCalculation", () => {
  const { token, hash } = generateResumeToken()
  const owned = { customer_id: "cus_1", resume_token_hash: hash }
  const guest = { customer_id: null, resume_token_hash: hash }

  it("lets the owning customer in without a token", () => {
    expect(canViewCalculation(owned, { customer_id: "cus_1" })).toBe(true)
  })

  it("lets the token holder in, logged in or not", () => {
    expect(canViewCalculation(guest, { resume_token: token })).toBe(true)
    expect(canViewCalculation(owned, { customer_id: "cus_2", resume_token: token })).toBe(true)
  })

  it("keeps everyone else out", () => {
    expect(canViewCalculation(owned, { customer_id: "cus_2" })).toBe(false)
    expect(canViewCalculation(guest, {})).toBe(false)
    expect(canViewCalculation(guest, { customer_id: "cus_1" })).toBe(false)
    expect(canViewCalculation(guest, { resume_token: "s360rt_wrong" })).toBe(false)
    expect(canViewCalculation({ customer_id: null, resume_token_hash: null }, { customer_id: null })).toBe(false)
    expect(canViewCalculation({ customer_id: "", resume_token_hash: null }, { customer_id: "" })).toBe(false)
  })
})

describe("tokens derived from an idempotency key", () => {
  const scope = { key: "6f1c2f1e-9a4b-4c1e-8d2f-0a1b2c3d4e5f", caller: "customer:cus_1", secret: "a".repeat(64) }

  it("are the same for the same key and caller and differ across keys", () => {
    const first = resumeTokenForIdempotencyKey(scope)
    expect(resumeTokenForIdempotencyKey({ ...scope })).toEqual(first)
    expect(resumeTokenForIdempotencyKey({ ...scope, key: scope.key + "0" }).token).not.toBe(first.token)
    expect(first.token).toMatch(/^s360rt_[A-Za-z0-9_-]{43}$/)
    expect(resumeTokenMatches(first.token, first.hash)).toBe(true)
  })

  it("differ across callers and secrets: the key alone neither yields the token nor finds the record", () => {
    const first = resumeTokenForIdempotencyKey(scope)
    expect(resumeTokenForIdempotencyKey({ ...scope, caller: "customer:cus_2" }).token).not.toBe(first.token)
    expect(resumeTokenForIdempotencyKey({ ...scope, secret: "b".repeat(64) }).token).not.toBe(first.token)
    expect(hashIdempotencyKey({ ...scope, caller: "anonymous:x:y" })).not.toBe(hashIdempotencyKey(scope))
    expect(hashIdempotencyKey({ ...scope, secret: "b".repeat(64) })).not.toBe(hashIdempotencyKey(scope))
    expect(() => resumeTokenForIdempotencyKey({ ...scope, secret: "" })).toThrow(/secret/)
  })

  it("are stable across releases: the same scope gives the same token and stored hash as before", () => {
    // A changed derivation would orphan every record saved under an Idempotency-Key.
    expect(resumeTokenForIdempotencyKey(scope)).toEqual({
      token: "s360rt_SZhuGOdi-0MUSy1pnpfedONACumP6tuy0v8jwdEPil8",
      hash: "7a49bdceeb52a097710352bfa048937d72725ddb7f9b268a52988c6c8d9e6b44",
    })
    expect(hashIdempotencyKey(scope)).toBe("22db0fd50e4c6bfc1ee52e9b2d58e0f0c7654da6d9be3951b56b6b178a596f94")
    expect(() => hashIdempotencyKey({ ...scope, secret: "" })).toThrow(
      expect.objectContaining({ code: "MISSING_SECRET", message: "an idempotency scope needs the server-side secret" })
    )
  })

  it("are not the key's stored hash (the stored hash does not open the record)", () => {
    expect(hashIdempotencyKey(scope)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashIdempotencyKey(scope)).not.toBe(resumeTokenForIdempotencyKey(scope).hash)
    expect(resumeTokenMatches(hashIdempotencyKey(scope), resumeTokenForIdempotencyKey(scope).hash)).toBe(false)
  })
})

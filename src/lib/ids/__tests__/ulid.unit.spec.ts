import crypto from "crypto"

import { generateEntityId } from "@medusajs/framework/utils"
import { generateIds } from "../ulid"

describe("generateIds", () => {
  it("makes Medusa-shaped ids: prefix, underscore, 26 Crockford base32 characters", () => {
    const ids = generateIds("evt", 1000)
    expect(ids).toHaveLength(1000)
    for (const id of ids) {
      expect(id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/)
    }
    expect(new Set(ids).size).toBe(1000)
    // Same shape as the framework's own generator.
    expect(generateEntityId(undefined, "evt")).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/)
  })

  it("encodes the time first, so ids sort by creation time", () => {
    const earlier = generateIds("evt", 1, Date.UTC(2026, 0, 1))[0]
    const later = generateIds("evt", 1, Date.UTC(2026, 0, 2))[0]
    expect(earlier.slice(0, 14) < later.slice(0, 14)).toBe(true)
    // The reference ulid implementation encodes 2026-01-01T00:00:00Z (1767225600000 ms) so.
    expect(earlier.slice(4, 14)).toBe("01KDVDNA00")
  })

  it("spends the random buffer 16 bytes per id, in order, one character per byte's low 5 bits", () => {
    // A known buffer instead of the OS's: bytes 0xE0, 0xE1, ... whose low 5 bits are 0, 1, ...
    const spy = jest
      .spyOn(crypto, "randomBytes")
      .mockImplementation(((size: number) => Buffer.from(Array.from({ length: size }, (_, k) => 0xe0 + k))) as never)
    try {
      const ids = generateIds("evt", 2, Date.UTC(2026, 0, 1))
      expect(spy).toHaveBeenCalledTimes(1)
      expect(spy).toHaveBeenCalledWith(32)
      expect(ids).toEqual(["evt_01KDVDNA000123456789ABCDEF", "evt_01KDVDNA00GHJKMNPQRSTVWXYZ"])
    } finally {
      spy.mockRestore()
    }
  })
})

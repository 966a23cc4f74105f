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
})

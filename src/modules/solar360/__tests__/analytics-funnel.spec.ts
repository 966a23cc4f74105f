import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { shapeFunnelBreakdown } from "../../../lib/analytics/funnel"
import { stepsReached } from "../../../lib/analytics/reports"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"
import { seededRandom } from "../../../lib/__tests__/seeded-random"

jest.setTimeout(120_000)

// The funnel's conversion window and breakdown (issue 16) on a hand-computed fixture, and the
// window against the reference rule in lib on generated data.

const STEPS = ["page_view", "add_to_cart", "checkout"]
const RANGE = { from: "2026-10-01", to: "2026-10-02" } // report days in São Paulo
const at = (time: string) => new Date(`2026-10-01T${time}:00Z`)

type Row = Record<string, unknown> & { event_name: string; occurred_at: Date; session_id: string | null }

let counter = 0
function event(session: string | null, name: string, time: string, extra: Record<string, unknown> = {}): Row {
  counter++
  return {
    message_id: `fx-${counter}`,
    event_name: name,
    category: name === "page_view" ? "page_view" : name === "scroll" ? "engagement" : "ecommerce",
    occurred_at: at(time),
    received_at: at(time),
    session_id: session,
    url: "https://loja.example/",
    is_bot: false,
    ...extra,
  }
}

// Hand-computed, window 30 minutes, steps page_view > add_to_cart > checkout:
//   A: view 12:00, cart 12:10, checkout 12:30 (exactly at the window)   3 with or without
//   B: view 12:00, cart 12:00 (a tie), checkout 12:31 (a minute out)     2 with, 3 without
//   C: scroll 11:00 (its first event), view 11:05, cart 13:00 (out)      1 with, 2 without
//   D: view 12:00, cart 12:05, checkout 12:06                            3 with or without
//   E: view 12:00 only                                                   1
//   F: cart only (never step 1); G: a bot's views; H: a deleted view     not counted
// Overall without window [5, 4, 3]; with 30m [5, 3, 2].
const FIXTURE: Row[] = [
  event("A", "page_view", "12:00", { device_type: "mobile", utm_source: "google", path: "/a" }),
  event("A", "add_to_cart", "12:10"),
  event("A", "checkout", "12:30"),
  event("B", "page_view", "12:00", { device_type: "desktop", utm_source: "meta", path: "/b" }),
  // Same instant as B's view: either may be "first", so both carry B's properties.
  event("B", "add_to_cart", "12:00", { device_type: "desktop", utm_source: "meta" }),
  event("B", "checkout", "12:31"),
  event("C", "scroll", "11:00", { device_type: "tablet" }),
  event("C", "page_view", "11:05", { device_type: "mobile", utm_source: "google", path: "/c" }),
  event("C", "add_to_cart", "13:00"),
  event("D", "page_view", "12:00", { device_type: "mobile", utm_source: "google", path: "/a" }),
  event("D", "add_to_cart", "12:05"),
  event("D", "checkout", "12:06"),
  event("E", "page_view", "12:00", { path: "/a" }),
  event("F", "add_to_cart", "12:00", { device_type: "mobile" }),
  event("G", "page_view", "12:00", { device_type: "mobile", is_bot: true }),
  event("G", "add_to_cart", "12:01", { is_bot: true }),
  event("H", "page_view", "12:00", { device_type: "mobile", deleted_at: new Date() }),
]

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    it("applies the conversion window from step 1, inclusive at the limit", async () => {
      await service.createEvents(FIXTURE as any)
      expect(await service.countFunnelSessions(STEPS, RANGE)).toEqual([5, 4, 3])
      expect(await service.countFunnelSessions(STEPS, RANGE, { windowMinutes: 30 })).toEqual([5, 3, 2])
      expect(await service.countFunnelSessions(STEPS, RANGE, { windowMinutes: 29 })).toEqual([5, 3, 1]) // A's checkout out
      // C's cart is 115 minutes after its view: out at 114, in at 115 (B's checkout too, at 31).
      expect(await service.countFunnelSessions(STEPS, RANGE, { windowMinutes: 114 })).toEqual([5, 3, 3])
      expect(await service.countFunnelSessions(STEPS, RANGE, { windowMinutes: 115 })).toEqual([5, 4, 3])
    })

    it("breaks the funnel down by the session's first event, top keys and the rest as other", async () => {
      await service.createEvents(FIXTURE as any)
      const by = (breakdown: any, breakdownLimit = 10, windowMinutes: number | null = 30) =>
        service
          .countFunnelSessionsByKey(STEPS, RANGE, { breakdown, breakdownLimit, windowMinutes: windowMinutes ?? undefined })
          .then((rows) => shapeFunnelBreakdown(STEPS, rows))
          .then(({ overall, breakdown: list }) => ({
            overall,
            rows: list.map((row) => [row.key, row.other, row.steps.map((step) => step.sessions)]),
          }))

      // C's first event is the tablet scroll, not its mobile page view.
      expect(await by("device")).toEqual({
        overall: [5, 3, 2],
        rows: [
          ["mobile", false, [2, 2, 2]],
          ["desktop", false, [1, 1, 0]],
          ["tablet", false, [1, 0, 0]],
          [null, false, [1, 0, 0]],
        ],
      })
      expect(await by("device", 1)).toEqual({
        overall: [5, 3, 2],
        rows: [
          ["mobile", false, [2, 2, 2]],
          [null, false, [1, 0, 0]],
          [null, true, [2, 1, 0]], // desktop + tablet
        ],
      })
      // A tie on step-1 sessions is broken by key: desktop stays, tablet goes to other.
      expect((await by("device", 2)).rows).toEqual([
        ["mobile", false, [2, 2, 2]],
        ["desktop", false, [1, 1, 0]],
        [null, false, [1, 0, 0]],
        [null, true, [1, 0, 0]],
      ])
      // Entry page: the first page view's path (C entered on /c after its scroll); no window.
      expect(await by("entry_page", 10, null)).toEqual({
        overall: [5, 4, 3],
        rows: [
          ["/a", false, [3, 2, 2]],
          ["/b", false, [1, 1, 1]],
          ["/c", false, [1, 1, 0]],
        ],
      })
      // Channel of the first event: google -> organic search, meta -> social, nothing -> direct.
      expect((await by("channel")).rows).toEqual([
        ["direct", false, [2, 0, 0]],
        ["organic_search", false, [2, 2, 2]],
        ["social", false, [1, 1, 0]],
      ])
      expect((await by("utm_source")).rows).toEqual([
        ["google", false, [2, 2, 2]],
        ["meta", false, [1, 1, 0]],
        [null, false, [2, 0, 0]],
      ])
    })

    it("counts windowed funnels exactly as the reference rule does", async () => {
      const random = seededRandom(16)
      const names = ["page_view", "add_to_cart", "checkout", "purchase", "scroll"]
      const events = Array.from({ length: 500 }, (_, index) => {
        const name = names[Math.floor(random() * names.length)]
        const time = new Date(Date.parse("2026-10-01T06:00:00Z") + random() * 6 * 3_600_000)
        return {
          message_id: `gen-${index}`,
          event_name: name,
          category: "ecommerce",
          occurred_at: time,
          received_at: time,
          session_id: `s${Math.floor(random() * 40)}`,
          is_bot: false,
        }
      })
      await service.createEvents(events as any)
      const steps = ["page_view", "add_to_cart", "checkout", "purchase"]
      const bySession = new Map<string, typeof events>()
      for (const row of events) {
        bySession.set(row.session_id, [...(bySession.get(row.session_id) ?? []), row])
      }
      for (const minutes of [20, 90]) {
        const expected = steps.map(
          (_, index) =>
            [...bySession.values()].filter((list) => stepsReached(steps, list, minutes * 60_000) > index).length
        )
        const without = steps.map(
          (_, index) => [...bySession.values()].filter((list) => stepsReached(steps, list) > index).length
        )
        expect(expected[3]).toBeLessThan(without[3]) // the window does cut sessions
        expect(await service.countFunnelSessions(steps, RANGE, { windowMinutes: minutes })).toEqual(expected)
      }
    })
  },
})

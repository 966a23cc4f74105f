import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The behaviour job's service against real PostgreSQL, with the default behaviour weights
// (bonus points 10, 10, 5):
// it re-scores only the open leads whose activity is newer than their last count, at most
// `batchSize` per run, and the breakdown explains the new points.

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    const event = (message_id: string, extra: Record<string, unknown>) => ({
      message_id,
      event_name: "page_view",
      category: "page_view",
      occurred_at: new Date(),
      received_at: new Date(),
      ...extra,
    })

    async function lead(email: string, extra: Record<string, unknown> = {}) {
      const { lead_id } = await service.captureLead({ interest_type: "solar", email, ...extra })
      return lead_id
    }
    const breakdownOf = async (id: string) => ((await service.listLeads({ id }))[0] as any)

    it("re-scores leads whose behaviour changed, explains it, and skips them on the next run", async () => {
      const active = await lead("active@example.com", { anonymous_id: "anon-active", customer_id: undefined })
      const idle = await lead("idle@example.com", { anonymous_id: "anon-idle" })
      await service.updateLeads({ id: active, customer_id: "cus_01JACTIVE" } as any)
      await service.createEvents([
        event("b-1", { anonymous_id: "anon-active", session_id: "s1" }),
        event("b-2", { anonymous_id: "anon-active", session_id: "s2" }),
        event("b-3", { customer_id: "cus_01JACTIVE", session_id: "s3" }),
        event("b-4", { anonymous_id: "anon-someone", session_id: "s9" }),
      ] as any)
      await service.createFinancingSimulations({ system_cost: 1, financing_amount: 1, term_months: 12, customer_id: "cus_01JACTIVE" } as any)
      await service.createPhotogrammetryAnalyses({ customer_id: "cus_01JACTIVE", status: "completed" } as any)
      const before = await breakdownOf(active)

      const first = await service.rescoreLeadBehaviour({ lookbackHours: 24, batchSize: 100 })
      expect(first.lead_ids).toEqual([active])

      const after = await breakdownOf(active)
      expect(after.score_breakdown.behaviour).toEqual({ sessions: 3, simulations: 1, roof_lookups: 1 })
      const factors = Object.fromEntries(after.score_breakdown.factors.map((f: any) => [f.factor, f]))
      expect(factors.returnVisits.reason).toBe("2 return visits (3 browsing sessions; full points at 5)")
      // Bonus points: two return visits of four (10 x 0.5), one simulation of two (10 x 0.5),
      // a roof analysis (5); the profile points stay as they were.
      expect([factors.returnVisits.points, factors.simulations.points, factors.roofLookups.points]).toEqual([5, 5, 5])
      expect(after.score).toBe(Math.min(100, before.score + 15))
      expect((await breakdownOf(idle)).score_breakdown.behaviour).toBeUndefined()

      // Nothing new since: the next run re-scores nobody.
      expect((await service.rescoreLeadBehaviour({ lookbackHours: 24, batchSize: 100 })).count).toBe(0)
      // New activity: the lead comes back; a capture keeps the counted behaviour meanwhile.
      await service.captureLead({ interest_type: "quote", email: "active@example.com" })
      expect((await breakdownOf(active)).score_breakdown.behaviour).toEqual({ sessions: 3, simulations: 1, roof_lookups: 1 })
      await service.createEvents([event("b-5", { anonymous_id: "anon-active", session_id: "s4" })] as any)
      const third = await service.rescoreLeadBehaviour({ lookbackHours: 24, batchSize: 100 })
      expect(third.lead_ids).toEqual([active])
      expect((await breakdownOf(active)).score_breakdown.behaviour.sessions).toBe(4)
    })

    it("is bounded per run and leaves closed leads alone", async () => {
      const ids: string[] = []
      for (let i = 0; i < 3; i++) {
        ids.push(await lead(`batch${i}@example.com`, { anonymous_id: `anon-batch-${i}` }))
      }
      const lost = await lead("lost@example.com", { anonymous_id: "anon-lost" })
      await service.updateLeadWithHistory(lost, { status: "lost", lost_reason: "price", actor_type: "system" } as any)
      await service.createEvents(
        [...ids.map((_, i) => event(`bb-${i}`, { anonymous_id: `anon-batch-${i}`, session_id: `sb-${i}` })),
          event("bb-lost", { anonymous_id: "anon-lost", session_id: "sb-lost" })] as any
      )
      const first = await service.rescoreLeadBehaviour({ lookbackHours: 24, batchSize: 2 })
      expect(first.count).toBe(2)
      const second = await service.rescoreLeadBehaviour({ lookbackHours: 24, batchSize: 2 })
      expect(second.count).toBe(1)
      expect([...first.lead_ids, ...second.lead_ids].sort()).toEqual([...ids].sort())
      expect((await service.rescoreLeadBehaviour({ lookbackHours: 24, batchSize: 2 })).count).toBe(0)
    })

    it("the compensation restores the previous score columns", async () => {
      const id = await lead("revert@example.com", { anonymous_id: "anon-revert" })
      await service.createEvents([event("r-1", { anonymous_id: "anon-revert", session_id: "r1" })] as any)
      const before = await breakdownOf(id)
      const result = await service.rescoreLeadBehaviour({ lookbackHours: 24, batchSize: 10 })
      await service.revertLeadBehaviourScores(result.previous)
      const after = await breakdownOf(id)
      expect(after.score_breakdown).toEqual(before.score_breakdown)
      expect(after.score).toBe(before.score)
    })
  },
})

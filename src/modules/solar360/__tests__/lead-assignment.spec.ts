import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The `leads.assignment` rules as the module applies them (the pure choice is in lib/leads).

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  moduleOptions: { leads: { assignment: { strategy: "round_robin", users: ["user_ana", "user_bia", "user_caio"] } } },
  testSuite: ({ service }) => {
    const capture = async (email: string) =>
      (await service.captureLead({ interest_type: "solar", email } as any)).lead_id

    it("round-robin continues after whoever got the latest lead, and skips leads that have an assignee", async () => {
      const first = await capture("1@example.com")
      expect(await service.assignNewLeads([first])).toEqual([
        { id: first, assigned_to: "user_ana", previous_assigned_to: null, actor_type: "system" },
      ])
      const taken = await capture("2@example.com")
      await service.updateLeads({ id: taken, assigned_to: "someone" } as any)
      const second = await capture("3@example.com")
      const third = await capture("4@example.com")
      const fourth = await capture("5@example.com")
      const changes = await service.assignNewLeads([taken, second, third, fourth])
      expect(changes.map((change) => [change.id, change.assigned_to])).toEqual([
        [second, "user_bia"],
        [third, "user_caio"],
        [fourth, "user_ana"],
      ])
      expect((await service.listLeads({ id: taken }))[0].assigned_to).toBe("someone")

      await service.revertLeadAssignments(changes)
      expect((await service.listLeads({ id: second }))[0].assigned_to).toBeNull()
    })

    it("a manual create without an assignee takes the rule's turn; with one, keeps it", async () => {
      const ruled = await service.captureLead({ interest_type: "solar", email: "m1@example.com" } as any)
      const completion = await service.completeManualLead({
        lead_id: ruled.lead_id,
        touch_id: ruled.touch_id,
        created: true,
        source: "phone",
      })
      expect(completion.assignment).toMatchObject({ assigned_to: "user_ana", actor_type: "system" })
      const given = await service.captureLead({ interest_type: "solar", email: "m2@example.com" } as any)
      const explicit = await service.completeManualLead({
        lead_id: given.lead_id,
        touch_id: given.touch_id,
        created: true,
        source: "walk_in",
        assigned_to: "user_zeca",
      })
      expect(explicit.assignment).toMatchObject({ assigned_to: "user_zeca", previous_assigned_to: null, actor_type: "user" })
      expect((await service.listLeads({ id: given.lead_id }))[0]).toMatchObject({
        assigned_to: "user_zeca",
        metadata: { source: "walk_in" },
      })
    })
  },
})

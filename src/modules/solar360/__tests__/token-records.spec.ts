import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { hashResumeToken } from "../../../lib/calculators"
import Solar360ModuleService from "../service"
import { MODEL_FIXTURES } from "./model-fixtures"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(60_000)

const valid = (table: string) => MODEL_FIXTURES.find((fixture) => fixture.table === table)!.valid()

/**
 * Records reached with a token (TokenRecordsService through the facade), which steps and
 * routes used to build by hand in workflows/shared/save-with-token.ts and workflows/*\/access.ts.
 */
moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    it("saves a record with a fresh token; only the token's hash is stored", async () => {
      const saved = await service.saveWithToken("financing_simulation", valid("financing_simulation"), null)
      expect(saved.created).toBe(true)
      const [stored] = await service.listFinancingSimulations({ id: saved.id }, { select: ["id", "resume_token_hash"] })
      expect(stored.resume_token_hash).toBe(hashResumeToken(saved.resume_token))
      expect(stored.resume_token_hash).not.toBe(saved.resume_token)
    })

    it("with an Idempotency-Key, a retry by the same caller answers the first record and token; another caller gets its own", async () => {
      const idempotency = { key: `key-${Date.now()}`, caller: "customer:cus_1" }
      const first = await service.saveWithToken("helio_conversation", valid("helio_conversation"), idempotency)
      const retry = await service.saveWithToken("helio_conversation", valid("helio_conversation"), idempotency)
      expect(first.created).toBe(true)
      expect(retry).toEqual({ id: first.id, resume_token: first.resume_token, created: false })
      // The conversation's token column is the session token's.
      const [stored] = await service.listHelioConversations({ id: first.id }, { select: ["id", "session_token_hash"] })
      expect(stored.session_token_hash).toBe(hashResumeToken(first.resume_token))

      const other = await service.saveWithToken("helio_conversation", valid("helio_conversation"), {
        ...idempotency,
        caller: "customer:cus_2",
      })
      expect(other.created).toBe(true)
      expect(other.id).not.toBe(first.id)
      expect(other.resume_token).not.toBe(first.resume_token)
    })

    it("concurrent retries with one key store one record", async () => {
      const idempotency = { key: `race-${Date.now()}`, caller: "ip:abc" }
      const results = await Promise.all(
        [1, 2, 3].map(() => service.saveWithToken("solar_viability_analysis", valid("solar_viability_analysis"), idempotency))
      )
      expect(new Set(results.map((result) => result.id)).size).toBe(1)
      expect(results.filter((result) => result.created)).toHaveLength(1)
    })

    it("revertSaveWithToken deletes the record", async () => {
      const saved = await service.saveWithToken("financing_simulation", valid("financing_simulation"), null)
      await service.revertSaveWithToken("financing_simulation", saved.id)
      expect(await service.listFinancingSimulations({ id: saved.id })).toEqual([])
    })

    it("retrieveViewableCalculation: the customer or the token holder sees it, anyone else gets a 404", async () => {
      const saved = await service.saveWithToken(
        "financing_simulation",
        { ...valid("financing_simulation"), customer_id: "cus_owner" },
        null
      )
      const byCustomer = await service.retrieveViewableCalculation("financing_simulation", saved.id, { customer_id: "cus_owner" }, [
        "term_months",
      ])
      expect(byCustomer).toEqual(expect.objectContaining({ id: saved.id, term_months: 60 }))
      const byToken = await service.retrieveViewableCalculation("financing_simulation", saved.id, {
        resume_token: saved.resume_token,
      })
      expect(byToken.id).toBe(saved.id)
      for (const viewer of [{ customer_id: "cus_other" }, { resume_token: "not-the-token" }, {}]) {
        await expect(service.retrieveViewableCalculation("financing_simulation", saved.id, viewer)).rejects.toMatchObject({
          type: "not_found",
          code: "solar360_not_found",
        })
      }
      // An id that does not exist answers the same.
      await expect(
        service.retrieveViewableCalculation("solar_viability_analysis", saved.id, { customer_id: "cus_owner" })
      ).rejects.toMatchObject({ type: "not_found" })
    })

    it("retrieveViewableConversation: the customer or the session-token holder reads it, anyone else gets a 404", async () => {
      const saved = await service.saveWithToken(
        "helio_conversation",
        { ...valid("helio_conversation"), customer_id: "cus_helio" },
        null
      )
      expect(await service.retrieveViewableConversation(saved.id, { customer_id: "cus_helio" })).toEqual({
        id: saved.id,
        customer_id: "cus_helio",
        session_token_hash: hashResumeToken(saved.resume_token),
      })
      expect((await service.retrieveViewableConversation(saved.id, { resume_token: saved.resume_token })).id).toBe(saved.id)
      await expect(service.retrieveViewableConversation(saved.id, { customer_id: "cus_other" })).rejects.toMatchObject({
        type: "not_found",
      })
    })
  },
})

import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import type { SqlRunner } from "../repositories/sql-runner"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(60_000)

/**
 * The module's inner layout: internal services (services/) and repositories (repositories/)
 * are registered in the module's container by Medusa's loader, the generated CRUD services of
 * the models stay in place, and SQL run through the one runner joins the caller's transaction.
 */
moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service, MikroOrmWrapper }) => {
    const container = () => (service as unknown as { __container__: Record<string, any> }).__container__

    it("registers the internal services and keeps every model's generated CRUD service", async () => {
      const cradle = container()
      // Every class of services/ and repositories/ is registered under its name, first letter lowered.
      for (const name of [
        "SqlRunner",
        "RoofLookupRepository",
        "DataSubjectsRepository",
        "LeadPipelineRepository",
        "PseudonymKeysService",
        "UpstreamGuardService",
        "RoofLookupService",
        "DataSubjectsService",
        "LeadPipelineService",
        "LeadWorkspaceService",
        "LeadWorkspaceRepository",
        "LeadConsentService",
        "AnalyticsIngestService",
        "AnalyticsReportsService",
        "HelioLoggingService",
        "HelioMaintenanceService",
        "UpstreamCacheService",
        "TariffsService",
        "IrradianceService",
        "DataRetentionService",
        "IngestionKeysService",
        "CreditAnalysisRepository",
        "CreditAnalysisService",
        "TokenRecordsService",
        "HelioRepository",
        "DataRetentionRepository",
        "UpstreamCacheRepository",
        "AnalyticsIngestRepository",
        "AnalyticsReportsRepository",
        "HelioDashboardService",
        "HelioDashboardRepository",
      ]) {
        expect(cradle[name[0].toLowerCase() + name.slice(1)].constructor.name).toBe(name)
      }
      // A domain service named <Model>Service would replace the model's generated one.
      for (const model of ["lead", "event", "solar360PrivacySalt", "leadConsentChange", "helioConversation", "financingSimulation"]) {
        expect(typeof cradle[`${model}Service`].list).toBe("function")
        expect(typeof cradle[`${model}Service`].create).toBe("function")
      }
      // The facade and its internal service share one singleton (one in-memory salt cache).
      expect(cradle.pseudonymKeysService).toBe(cradle.pseudonymKeysService)
      expect(cradle.solar360Options.ipSaltGraceDays).toEqual(expect.any(Number))
    })

    it("runs SQL with named bindings inside the caller's transaction, rolled back with it", async () => {
      const runner: SqlRunner = container().sqlRunner
      const baseRepository = container().baseRepository
      const day = "2031-01-02"
      await expect(
        baseRepository.transaction(async (transactionManager: unknown) => {
          await runner.rows(
            { transactionManager } as any,
            `INSERT INTO solar360_privacy_salt (id, day, salt, created_at, updated_at)
             VALUES (:id, :day, :salt, now(), now())`,
            { id: "psalt_RUNNER_TEST", day, salt: "x" }
          )
          const seen = await runner.first<{ count: string }>(
            { transactionManager } as any,
            "SELECT count(*) AS count FROM solar360_privacy_salt WHERE day = :day",
            { day }
          )
          // Visible inside the transaction it ran in...
          expect(Number(seen!.count)).toBe(1)
          throw new Error("roll back")
        })
      ).rejects.toThrow("roll back")
      // ...and gone with it.
      const rows = await MikroOrmWrapper.forkManager()
        .getConnection()
        .execute("select id from solar360_privacy_salt where day = ?", [day])
      expect(rows).toEqual([])
    })

    it("moves a simulation through the credit analysis in the module, refuses an illegal move without writing, and reverts", async () => {
      const [simulation] = await service.createFinancingSimulations([
        { system_cost: 30000, financing_amount: 25000, term_months: 60 },
      ])
      const at = new Date("2031-03-04T10:00:00.000Z")
      const moved = await service.recordCreditAnalysis({ id: simulation.id, analysis: { status: "analyzing" }, at })
      expect(moved).toEqual({
        id: simulation.id,
        status: "analyzing",
        previous: expect.objectContaining({ status: "pending" }),
      })
      const analyzing = await service.retrieveFinancingSimulation(simulation.id)
      expect(analyzing.status).toBe("analyzing")
      expect(new Date(analyzing.analysis_started_at!).toISOString()).toBe(at.toISOString())

      // analyzing -> pending is not a move of the rules: 400 with the rule's code, nothing written.
      await expect(
        service.recordCreditAnalysis({ id: simulation.id, analysis: { status: "pending" } as any })
      ).rejects.toMatchObject({ type: "invalid_data", code: "solar360_invalid_credit_transition" })
      expect((await service.retrieveFinancingSimulation(simulation.id)).status).toBe("analyzing")

      await expect(
        service.recordCreditAnalysis({ id: "fsim_missing", analysis: { status: "analyzing" } })
      ).rejects.toMatchObject({ type: "not_found" })

      // The compensation puts back exactly what the move changed.
      await service.revertCreditAnalysis(moved)
      const reverted = await service.retrieveFinancingSimulation(simulation.id)
      expect(reverted.status).toBe("pending")
      expect(reverted.analysis_started_at).toBeNull()
    })

    it("refuses a call without a manager in its context (a missing @InjectManager)", async () => {
      const runner: SqlRunner = container().sqlRunner
      await expect(runner.rows({}, "SELECT 1")).rejects.toThrow("SqlRunner needs a context with a manager")
    })
  },
})

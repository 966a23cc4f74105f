import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { parseSolar360Options } from "../options"
import { RATE_LIMIT_TABLE, RateLimiters } from "../rate-limiters"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(60_000)

// Two RateLimiters stand for two server instances sharing the plugin's database.
moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ MikroOrmWrapper }) => {
    const config = parseSolar360Options({
      rateLimits: { store: "postgres", routes: { leads: { points: 3, durationSeconds: 3600 } } },
    }).rateLimits
    const knex = () => MikroOrmWrapper.forkManager().getKnex() as any

    it("shares one count across instances through PostgreSQL, per client and per route", async () => {
      const first = new RateLimiters(config, { knex })
      const second = new RateLimiters(config, { knex })

      expect(await first.consume("leads", "ip:aaa")).toMatchObject({ allowed: true, remaining: 2 })
      expect(await second.consume("leads", "ip:aaa")).toMatchObject({ allowed: true, remaining: 1 })
      expect(await first.consume("leads", "ip:aaa")).toMatchObject({ allowed: true, remaining: 0 })

      const refused = await second.consume("leads", "ip:aaa")
      expect(refused).toMatchObject({ allowed: false, limit: 3 })
      expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(3500)

      // Another client, and the same client on another route, have their own counts.
      expect(await second.consume("leads", "customer:cus_1")).toMatchObject({ allowed: true })
      expect(await second.consume("tariffs", "ip:aaa")).toMatchObject({ allowed: true })

      const rows = await MikroOrmWrapper.forkManager()
        .getConnection()
        .execute(`select key, points from ${RATE_LIMIT_TABLE} order by key`)
      expect(rows).toEqual(
        expect.arrayContaining([{ key: "solar360_leads:ip:aaa", points: 4 }])
      )
    })

    it("counts concurrent calls from several instances exactly (atomic upsert)", async () => {
      const instances = [1, 2, 3, 4].map(() => new RateLimiters(config, { knex }))
      const decisions = await Promise.all(
        Array.from({ length: 12 }, (_, i) => instances[i % 4].consume("leads", "ip:concurrent"))
      )
      expect(decisions.filter((d) => d.allowed)).toHaveLength(3)
    })
  },
})

import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The retention SQL and the batch insert's server-side enrichment at the module layer, so a
// change to either fails here in seconds rather than only in the slow HTTP specs.

const DAY_MS = 86_400_000
const NOW = new Date("2026-10-20T12:00:00Z")
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY_MS)

const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    describe("applyDataRetention (defaults: events and catalog access logs 400 days)", () => {
      const event = (message_id: string, occurred_at: Date) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        occurred_at,
        received_at: occurred_at,
      })

      it("deletes a row past its period and keeps one inside it", async () => {
        await service.createEvents([
          event("old", daysBefore(401)),
          event("edge", daysBefore(399)),
          event("new", daysBefore(1)),
        ] as any)
        await service.createCatalogAccessLogs([
          { message_id: "log-old", action_type: "product_view", occurred_at: daysBefore(500) },
          { message_id: "log-new", action_type: "product_view", occurred_at: daysBefore(10) },
        ] as any)

        const dry = await service.applyDataRetention({ now: NOW, dryRun: true })
        expect(dry.counts.event).toBe(1)
        expect(dry.counts.catalog_access_log).toBe(1)
        expect(dry.cutoffs.event).toBe(daysBefore(400).toISOString())
        // A dry run deletes nothing.
        expect((await service.listEvents({})).map((e) => e.message_id).sort()).toEqual(["edge", "new", "old"])

        const run = await service.applyDataRetention({ now: NOW })
        expect(run.locked_out).toBe(false)
        expect(run.counts.event).toBe(1)
        expect(run.counts.catalog_access_log).toBe(1)
        expect((await service.listEvents({})).map((e) => e.message_id).sort()).toEqual(["edge", "new"])
        expect((await service.listCatalogAccessLogs({})).map((l) => l.message_id)).toEqual(["log-new"])

        // Idempotent: a second run at the same instant deletes nothing.
        const again = await service.applyDataRetention({ now: NOW })
        expect(again.counts.event).toBe(0)
        expect(again.counts.catalog_access_log).toBe(0)
      })

      it("deletes a soft-deleted row past its period too", async () => {
        const [old] = (await service.createEvents([event("soft-old", daysBefore(450))] as any)) as unknown as Array<{ id: string }>
        await service.softDeleteEvents([old.id])
        const run = await service.applyDataRetention({ now: NOW })
        expect(run.counts.event).toBe(1)
        expect(await service.listEvents({ id: old.id }, { withDeleted: true })).toEqual([])
      })
    })

    describe("ingestEvents enrichment", () => {
      const received_at = new Date("2026-10-20T12:00:00Z")
      const item = (message_id: string, extra: Record<string, unknown> = {}) => ({
        message_id,
        event_name: "page_view",
        category: "page_view",
        ...extra,
      })
      const stored = async (message_id: string) => {
        const [row] = await service.listEvents({ message_id })
        return row as any
      }

      it("applies the trusted geo headers, the parsed User-Agent and a daily-salted ip hash", async () => {
        await service.ingestEvents({
          events: [item("geo-1", { timezone: "Europe/Lisbon" }), item("geo-2")] as any,
          received_at,
          ip: "203.0.113.7",
          user_agent: CHROME,
          geo: { country: "BR", region: "SP", city: "São Paulo", timezone: "America/Sao_Paulo" },
        })
        const row = await stored("geo-1")
        expect(row).toMatchObject({
          country: "BR",
          region: "SP",
          city: "São Paulo",
          // The trusted proxy's header wins over the time zone the browser claims.
          timezone: "America/Sao_Paulo",
          browser: "Chrome",
          is_bot: false,
        })
        expect((await stored("geo-2")).timezone).toBe("America/Sao_Paulo")
        // Never the raw IP: a hex HMAC, equal to what the service computes for that day.
        expect(row.ip_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(row.ip_hash).not.toContain("203.0.113.7")
        expect(row.ip_hash).toBe(await service.hashRequestIp("203.0.113.7", CHROME, received_at))
        expect(row.ip_hash).not.toBe(await service.hashRequestIp("203.0.113.8", CHROME, received_at))
      })

      it("keeps the browser's time zone when no trusted header is configured, flags bots, no ip no hash", async () => {
        await service.ingestEvents({
          events: [item("bot-1", { timezone: "Europe/Lisbon" })] as any,
          received_at,
          ip: null,
          user_agent: GOOGLEBOT,
          geo: null,
        })
        const row = await stored("bot-1")
        expect(row).toMatchObject({
          timezone: "Europe/Lisbon",
          country: null,
          region: null,
          city: null,
          is_bot: true,
          ip_hash: null,
        })
      })
    })
  },
})

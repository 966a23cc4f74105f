import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import Solar360ModuleService from "../service"
import { MODEL_FIXTURES } from "./model-fixtures"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(60_000)

type AnyService = Record<string, (...args: any[]) => Promise<any>>

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service, MikroOrmWrapper }) => {
    const svc = service as unknown as AnyService

    describe.each(MODEL_FIXTURES)("$table", (fixture) => {
      const call = (verb: string, stem: string, ...args: unknown[]) => {
        const method = svc[`${verb}${stem}`]
        if (typeof method !== "function") {
          throw new TypeError(`service has no method ${verb}${stem}`)
        }
        return method.apply(service, args)
      }

      it("creates a record with the model's id prefix and stores it in its table", async () => {
        const data = fixture.valid()
        const created = await call("create", fixture.plural, data)

        expect(created.id).toMatch(new RegExp(`^${fixture.idPrefix}[0-9A-Z]{26}$`))
        const rows = await MikroOrmWrapper.forkManager()
          .getConnection()
          .execute(`select id from "${fixture.table}" where id = ?`, [created.id])
        expect(rows).toEqual([{ id: created.id }])
      })

      it("retrieves, lists with filters, and updates", async () => {
        const first = await call("create", fixture.plural, fixture.valid())
        const second = await call("create", fixture.plural, fixture.valid())

        const retrieved = await call("retrieve", fixture.singular, first.id)
        expect(retrieved.id).toBe(first.id)

        const listed = await call("list", fixture.plural, fixture.filter(first))
        expect(listed.map((r: { id: string }) => r.id)).toEqual([first.id])

        const [, count] = await call("listAndCount", fixture.plural, {
          id: [first.id, second.id],
        })
        expect(count).toBe(2)

        const updated = await call("update", fixture.plural, {
          id: first.id,
          ...fixture.update,
        })
        const reread = await call("retrieve", fixture.singular, updated.id)
        for (const [field, value] of Object.entries(fixture.update)) {
          const stored = reread[field]
          if (value instanceof Date) {
            expect(new Date(stored).getTime()).toBe(value.getTime())
          } else {
            expect(Number.isFinite(value) ? Number(stored) : stored).toEqual(value)
          }
        }
        const untouched = await call("retrieve", fixture.singular, second.id)
        expect(untouched.updated_at.getTime()).toBe(second.updated_at.getTime())
      })

      it("soft-deletes and restores", async () => {
        const record = await call("create", fixture.plural, fixture.valid())

        await call("softDelete", fixture.plural, [record.id])
        expect(await call("list", fixture.plural, { id: record.id })).toHaveLength(0)
        const withDeleted = await call(
          "list",
          fixture.plural,
          { id: record.id },
          { withDeleted: true }
        )
        expect(withDeleted).toHaveLength(1)
        expect(withDeleted[0].deleted_at).toBeInstanceOf(Date)

        await call("restore", fixture.plural, [record.id])
        const [restored] = await call("list", fixture.plural, { id: record.id })
        expect(restored.id).toBe(record.id)
        expect(restored.deleted_at).toBeNull()
      })

      it("answers not found for an unknown id", async () => {
        await expect(
          call("retrieve", fixture.singular, `${fixture.idPrefix}missing`)
        ).rejects.toMatchObject({ type: "not_found" })
      })

      if (fixture.invalidEnum) {
        it("rejects a value outside the enumeration and writes nothing", async () => {
          const data = { ...fixture.valid(), ...fixture.invalidEnum }
          await expect(call("create", fixture.plural, data)).rejects.toThrow()
          const rows = await MikroOrmWrapper.forkManager()
            .getConnection()
            .execute(`select count(*)::int as n from "${fixture.table}"`)
          expect(rows[0].n).toBe(0)
        })
      }

      if (fixture.uniqueKey) {
        const key = fixture.uniqueKey
        it(`enforces the unique key ${key}`, async () => {
          const data = fixture.valid()
          await call("create", fixture.plural, data)
          await expect(
            call("create", fixture.plural, { ...fixture.valid(), [key]: data[key] })
          ).rejects.toThrow(/already exists|duplicate|unique/i)
          const rows = await call("list", fixture.plural, { [key]: data[key] })
          expect(rows).toHaveLength(1)
        })
      }
    })

    describe("daily IP salt", () => {
      it("creates one salt per UTC day, shared by concurrent callers", async () => {
        const day = new Date("2026-03-10T12:00:00Z")
        const salts = await Promise.all(
          Array.from({ length: 5 }, () => service.getIpSalt(day))
        )
        expect(new Set(salts).size).toBe(1)
        expect(salts[0]).toMatch(/^[0-9a-f]{64}$/)
        const rows = await service.listPrivacySalts({ day: "2026-03-10" })
        expect(rows).toHaveLength(1)

        const nextDay = await service.getIpSalt(new Date("2026-03-11T00:00:01Z"))
        expect(nextDay).not.toBe(salts[0])
      })

      it("hashes an IP with the day's salt so the same visitor links only within a day", async () => {
        const ua = "Mozilla/5.0 (X11; Linux x86_64)"
        const monday = new Date("2026-03-09T08:00:00Z")
        const mondayLater = new Date("2026-03-09T22:00:00Z")
        const tuesday = new Date("2026-03-10T08:00:00Z")

        const a = await service.hashRequestIp("203.0.113.7", ua, monday)
        const b = await service.hashRequestIp("203.0.113.7", ua, mondayLater)
        const c = await service.hashRequestIp("203.0.113.7", ua, tuesday)

        expect(a).toBe(b)
        expect(c).not.toBe(a)
        expect(a).not.toContain("203.0.113.7")
      })

      it("deletes salts older than the grace period and keeps recent ones", async () => {
        const now = new Date("2026-03-20T10:00:00Z")
        for (const day of ["2026-03-15", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"]) {
          await service.getIpSalt(new Date(`${day}T06:00:00Z`))
        }

        // Default grace period: 2 days, so 18, 19 and 20 March stay.
        const purged = await service.purgeRetiredIpSalts(now)
        expect(purged).toBe(2)
        const left = await service.listPrivacySalts({}, { order: { day: "ASC" } })
        expect(left.map((s) => s.day)).toEqual(["2026-03-18", "2026-03-19", "2026-03-20"])
      })
    })
  },
})

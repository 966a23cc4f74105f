import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { normalizeSubjectIdentifiers } from "../../../lib/privacy/subjects"
import Solar360ModuleService from "../service"
import { SOLAR360_MODULE_UNDER_TEST } from "./module-runner"

jest.setTimeout(120_000)

// The operator's workspace at the module layer (services/lead-workspace.ts): notes and how
// LGPD requests and the retention treat them, merges, CSV import classification.

const DAY_MS = 86_400_000

moduleIntegrationTestRunner<Solar360ModuleService>({
  ...SOLAR360_MODULE_UNDER_TEST,
  testSuite: ({ service }) => {
    const capture = async (fields: Record<string, unknown>) =>
      (await service.captureLead({ interest_type: "solar", ...fields } as any)).lead_id

    describe("lead notes", () => {
      it("stores a note PII-redacted, with its author", async () => {
        const id = await capture({ email: "nota@example.com" })
        const note = await service.addLeadNote(id, "Ligou do 11 98765-4321, CPF 529.982.247-25, quer visita", "user_1")
        expect(note).toMatchObject({ lead_id: id, author_id: "user_1" })
        expect(note.body).not.toContain("98765-4321")
        expect(note.body).not.toContain("529.982.247-25")
        expect(note.body).toContain("quer visita")
        const [stored] = await service.listLeadNotes({ lead_id: id })
        expect(stored.body).toBe(note.body)
      })

      it("refuses a note on an unknown lead with a 404 and writes nothing", async () => {
        await expect(service.addLeadNote("lead_missing", "oi")).rejects.toMatchObject({
          type: "not_found",
          code: "solar360_not_found",
        })
        expect(await service.listLeadNotes({})).toEqual([])
      })

      it("an LGPD export lists the notes of the person's leads; erasure empties (anonymise) or deletes them", async () => {
        const id = await capture({ email: "titular@example.com" })
        const other = await capture({ email: "outra@example.com" })
        await service.addLeadNote(id, "Prefere contato à tarde")
        await service.addLeadNote(other, "Outra pessoa")
        const identifiers = normalizeSubjectIdentifiers({ email: "titular@example.com" })

        const summary = await service.summarizeDataSubject(identifiers)
        expect(summary.models.lead_note).toMatchObject({ count: 1 })
        const rows = await service.listDataSubjectRows("lead_note", summary.subject, { limit: 10 })
        expect(rows.map((row) => row.body)).toEqual(["Prefere contato à tarde"])

        const anonymised = await service.eraseDataSubject({ identifiers, mode: "anonymise" })
        expect(anonymised.counts.lead_note).toBe(1)
        const [note] = await service.listLeadNotes({ lead_id: id })
        expect(note.body).toBe("")
        expect((await service.listLeadNotes({ lead_id: other }))[0].body).toBe("Outra pessoa")

        const second = await capture({ email: "apagar@example.com" })
        await service.addLeadNote(second, "Será apagada")
        const deleted = await service.eraseDataSubject({
          identifiers: normalizeSubjectIdentifiers({ email: "apagar@example.com" }),
          mode: "delete",
        })
        expect(deleted.counts).toMatchObject({ lead: 1, lead_note: 1 })
        expect(await service.listLeadNotes({ lead_id: second }, { withDeleted: true })).toEqual([])
      })

      it("the retention deletes a closed lead past its period together with its notes", async () => {
        const now = new Date("2026-10-20T12:00:00Z")
        const old = new Date(now.getTime() - 800 * DAY_MS)
        const lead = await service.createLeads({
          email: "antigo@example.com",
          status: "converted",
          converted_at: old,
        } as any)
        await service.addLeadNote(lead.id, "Fechou em 2024")
        const kept = await capture({ email: "aberto@example.com" })
        await service.addLeadNote(kept, "Ainda aberto")

        const run = await service.applyDataRetention({ now })
        expect(run.counts.lead).toBe(1)
        expect(await service.listLeads({ id: lead.id }, { withDeleted: true })).toEqual([])
        expect(await service.listLeadNotes({ lead_id: lead.id }, { withDeleted: true })).toEqual([])
        expect(await service.listLeadNotes({ lead_id: kept })).toHaveLength(1)
      })
    })
  },
})

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

    describe("mergeLeads", () => {
      it("moves touches, history, consent and notes to the survivor, fills blanks, soft-deletes the absorbed lead", async () => {
        const survivor = await capture({ email: "s@example.com", name: "Sol" })
        const absorbed = await capture({ phone: "11912345678", company: "ACME", monthly_bill_brl: 700, consent_marketing: false })
        await service.addLeadNote(absorbed, "duplicado")
        const result = await service.mergeLeads(survivor, absorbed, "user_1")
        expect(result.moved.lead_touch).toHaveLength(1)
        expect(result.moved.lead_status_change).toHaveLength(1)
        expect(result.moved.lead_consent_change).toHaveLength(1)
        expect(result.moved.lead_note).toHaveLength(1)

        const [lead] = await service.listLeads({ id: survivor })
        expect(lead).toMatchObject({ phone: "+5511912345678", company: "ACME", touch_count: 2, merged_into_id: null })
        expect(await service.listLeadTouches({ lead_id: survivor })).toHaveLength(2)
        expect(await service.listLeadStatusChanges({ lead_id: survivor })).toHaveLength(2)
        expect(await service.listLeadStatusChanges({ lead_id: absorbed })).toEqual([])
        expect((await service.listLeadNotes({ lead_id: survivor })).map((note) => note.body).sort()).toEqual(
          ["duplicado", `Merged lead ${absorbed} into this lead`].sort()
        )
        const [gone] = await service.listLeads({ id: absorbed }, { withDeleted: true })
        expect(gone.merged_into_id).toBe(survivor)
        expect(gone.deleted_at).not.toBeNull()

        // Undo (the workflow's compensation) puts everything back.
        await service.revertLeadMerge(result)
        const [back] = await service.listLeads({ id: absorbed })
        expect(back).toMatchObject({ merged_into_id: null, deleted_at: null })
        expect(await service.listLeadTouches({ lead_id: absorbed })).toHaveLength(1)
        expect((await service.listLeads({ id: survivor }))[0]).toMatchObject({ phone: null, touch_count: 1 })
        expect(await service.listLeadNotes({ lead_id: survivor })).toEqual([])
      })

      it("refuses itself, an already merged lead and unknown leads, writing nothing", async () => {
        const a = await capture({ email: "a@example.com" })
        const b = await capture({ email: "b@example.com" })
        const c = await capture({ email: "c@example.com" })
        await expect(service.mergeLeads(a, a)).rejects.toMatchObject({ code: "solar360_lead_merge_invalid" })
        await service.mergeLeads(a, b)
        await expect(service.mergeLeads(c, b)).rejects.toMatchObject({ code: "solar360_lead_merge_invalid" })
        await expect(service.mergeLeads(b, c)).rejects.toMatchObject({ code: "solar360_lead_merge_invalid" })
        await expect(service.mergeLeads(c, "lead_missing")).rejects.toMatchObject({ type: "not_found" })
        expect(await service.listLeadTouches({ lead_id: c })).toHaveLength(1)
        expect((await service.listLeads({ id: c }))[0].touch_count).toBe(1)
      })
    })

    describe("importLeads classification", () => {
      const row = (n: number, fields: Record<string, unknown>) => ({ row: n, capture: { interest_type: "other", ...fields } as any })

      it("matches open leads by e-mail, then phone, then CPF/CNPJ, and earlier rows of the same file", async () => {
        const byEmail = await capture({ email: "email@example.com" })
        const byPhone = await capture({ phone: "11987654321" })
        const byTax = await capture({ email: "cpf@example.com", cpf_cnpj: "52998224725" })
        const closed = await capture({ email: "fechado@example.com" })
        await service.updateLeads({ id: closed, status: "lost", lost_reason: "x" } as any)

        const input = {
          dry_run: true,
          rows: [
            row(1, { email: "EMAIL@example.com", phone: "11987654321" }),
            row(2, { phone: "(11) 98765-4321" }),
            row(3, { email: "novo@example.com", cpf_cnpj: "52998224725" }),
            row(4, { email: "fechado@example.com" }),
            row(5, { phone: "21 99999-8888", email: "fechado@example.com" }),
            row(6, { phone: "123" }),
          ],
          invalid: [{ row: 7, errors: [{ field: "email", message: "required" }] }],
        }
        const preview = await service.importLeads(input)
        expect(preview.rows).toEqual([
          { row: 1, action: "update", match: { lead_id: byEmail, by: "email" } },
          { row: 2, action: "update", match: { lead_id: byPhone, by: "phone" } },
          { row: 3, action: "update", match: { lead_id: byTax, by: "cpf_cnpj" } },
          // A lost lead is not open: the capture would start a new one too.
          { row: 4, action: "create" },
          { row: 5, action: "update", match: { lead_id: null, by: "email", row: 4 } },
          { row: 6, action: "invalid", errors: [{ field: "phone", message: expect.any(String) }] },
          { row: 7, action: "invalid", errors: [{ field: "email", message: "required" }] },
        ])
        expect(preview.summary).toEqual({ rows: 7, create: 1, update: 4, invalid: 2 })
        expect(await service.listLeadTouches({})).toHaveLength(4)

        const written = await service.importLeads({ ...input, dry_run: false })
        expect(written.rows.map((r) => r.action)).toEqual(preview.rows.map((r) => r.action))
        const created = written.rows[3].lead_id!
        expect(written.rows[4]).toMatchObject({ action: "update", lead_id: created })
        const [fresh] = await service.listLeads({ id: created })
        expect(fresh).toMatchObject({ email: "fechado@example.com", phone: "+5521999998888", touch_count: 2 })
        expect((await service.listLeads({ id: byTax }))[0].touch_count).toBe(2)

        // Undo (the workflow's compensation) restores the updated leads and removes the new one.
        await service.revertLeadImport(written)
        expect(await service.listLeads({ id: created })).toEqual([])
        expect((await service.listLeads({ id: byTax }))[0].touch_count).toBe(1)
        expect(await service.listLeadTouches({})).toHaveLength(4)
      })
    })
  },
})

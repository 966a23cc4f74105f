// ~60 leads in every status: captured through the module's capture service (dedupe, scoring
// and consent rules apply; the capture time is the visit's), moved along the funnel through
// the update-lead workflow (so every move passes the funnel rules and joins the history),
// annotated through the generated createLeadNotes. Some carry the anonymous and session ids
// of a demo browsing session; some are the demo customers (their orders convert them later).
import type { MedusaContainer } from "@medusajs/framework/types"
import type { LeadStatus } from "../../src/lib/leads"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../src/modules/solar360"
import { updateLeadWorkflow } from "../../src/workflows"
import { DEMO_CITIES } from "./catalog"
import { DEMO_CONCURRENCY, mapLimit } from "./concurrency"
import type { DemoSession } from "./analytics"
import { demoPerson, type DemoCustomer } from "./core"
import { daysAgo, type DemoRandom } from "./random"

export type DemoLead = { id: string; status: LeadStatus; customer_id: string | null; session_id: string | null; email: string }

const OPEN_PATH: LeadStatus[] = ["new", "contacted", "qualified", "proposal", "negotiation"]

const LOST_REASONS = [
  "Escolheu um concorrente com preço menor",
  "Financiamento não aprovado pelo banco",
  "Telhado sem área suficiente",
  "Adiou a compra para o próximo ano",
  "Sem resposta após 5 tentativas de contato",
]

const NOTES = [
  "Ligação feita, cliente pediu proposta para kit de 5 kWp.",
  "Enviado orçamento por e-mail; aguardando retorno.",
  "Cliente quer visita técnica na sexta-feira de manhã.",
  "Conta de luz média alta no verão; interesse em bateria.",
  "Comparando com proposta de outra empresa.",
  "Pediu simulação de financiamento em 60 meses.",
  "Telhado cerâmico, orientação norte: boa produção esperada.",
  "Retornar na próxima semana, está viajando.",
]

const MESSAGES = [
  "Quero reduzir minha conta de luz, quanto custa um sistema?",
  "Vocês instalam em telhado de fibrocimento?",
  "Gostaria de uma proposta para minha empresa.",
  "Tenho interesse em financiar o kit solar.",
  null,
]

/** Status targets of the leads not linked to an ordering customer: every status appears. */
const TARGETS: Array<[LeadStatus, number]> = [
  ["new", 11],
  ["contacted", 10],
  ["qualified", 9],
  ["proposal", 7],
  ["negotiation", 5],
  ["lost", 4],
  ["converted", 2],
]

export async function seedLeads(
  container: MedusaContainer,
  random: DemoRandom,
  input: { anchor: Date; customers: DemoCustomer[]; orderingCustomers: number; sessions: DemoSession[]; count: number; operatorId: string | null }
): Promise<DemoLead[]> {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const targets = random.faker.helpers.shuffle(TARGETS.flatMap(([status, count]) => Array<LeadStatus>(count).fill(status)))
  // Sessions that got past the home page: the visits a form was most likely sent from.
  const engaged = input.sessions.filter((session) => session.reached !== "visit")

  // Every random draw first, in order (the data stays the same whatever the write order).
  const plans = Array.from({ length: input.count }, (_, index) => {
    // The first leads are the customers who will order (left open: their order converts them).
    const ordering = index < Math.min(12, input.orderingCustomers)
    const linkedCustomer: DemoCustomer | null = ordering
      ? input.customers[index]
      : index - 12 < 5 && input.customers[input.orderingCustomers + index - 12]
        ? input.customers[input.orderingCustomers + index - 12]
        : null
    const target: LeadStatus = ordering ? random.pick(["proposal", "negotiation"] as const) : targets.pop() ?? "new"
    const person = linkedCustomer ?? demoPerson(random)
    const city = person.city ?? random.pick(DEMO_CITIES)
    const session = random.chance(0.6) && engaged.length ? random.pick(engaged) : null
    const capturedAt = session
      ? new Date(session.started_at.getTime() + random.int(2, 25) * 60_000)
      : daysAgo(input.anchor, random.int(2, 58), random.float(11, 23))
    const business = random.chance(0.15)
    const bill = random.int(180, business ? 4800 : 1400)
    const interest = random.weighted([["solar", 5], ["financing", 2], ["quote", 3], ["product", 2], ["calculator", 2], ["chat", 1]] as const)
    const consent = random.weighted([[true, 6], [false, 2], [undefined, 2]] as const)
    const capture = {
      name: `${person.first_name} ${person.last_name}`,
      email: person.email,
      phone: random.chance(0.85) ? person.phone : null,
      company: business ? random.faker.company.name() : null,
      // A CPF/CNPJ only where a proposal needs it, valid by construction.
      cpf_cnpj: OPEN_PATH.indexOf(target) >= 3 || target === "converted" ? (business ? random.cnpj() : person.cpf) : null,
      city: city.city,
      state: city.state,
      interest_type: interest,
      message: random.pick(MESSAGES),
      monthly_bill_brl: bill,
      monthly_consumption_kwh: Math.round(bill / city.tariff),
      consent_marketing: consent,
      consent_terms_version: consent === undefined ? null : "termos-2026-03",
      customer_id: linkedCustomer?.id ?? null,
      verified_email: linkedCustomer?.email ?? null,
      landing_page: session ? "https://loja.solar360.example/simulador" : null,
      ...(session?.utm ?? {}),
    }
    const moves: Array<{ status: LeadStatus; note: string; hours: number; extra: Record<string, unknown> }> = []
    const finalOpen: LeadStatus = target === "lost" ? random.pick(OPEN_PATH.slice(0, 4)) : target === "converted" ? "negotiation" : target
    for (const stage of OPEN_PATH.slice(1, OPEN_PATH.indexOf(finalOpen) + 1)) {
      // A lead may skip a stage (qualified on first contact), never the one it ends in.
      if (stage !== finalOpen && random.chance(0.2)) {
        continue
      }
      moves.push({ status: stage, note: random.pick(NOTES), hours: random.int(6, 72), extra: {} })
    }
    if (target === "lost") {
      moves.push({ status: "lost", note: random.pick(NOTES), hours: random.int(6, 72), extra: { lost_reason: random.pick(LOST_REASONS) } })
    }
    if (target === "converted") {
      // A walk-in sale closed at the counter: converted by hand with its value.
      moves.push({ status: "converted", note: "Venda fechada na loja", hours: random.int(6, 72), extra: { conversion_value: random.int(12, 40) * 1000 } })
    }
    const notes = target !== "new" && random.chance(0.7)
      ? Array.from({ length: random.int(1, 3) }, () => ({ body: random.pick(NOTES), hours: random.int(1, 30) }))
      : []
    return { target, linkedCustomer, person, session, capturedAt, capture, moves, notes }
  })

  const last = input.anchor.getTime() - 3_600_000
  return mapLimit(plans, DEMO_CONCURRENCY, async (plan): Promise<DemoLead> => {
    const captured = await solar360.captureLead(plan.capture, plan.capturedAt)
    const id = captured.lead_id
    // Browsing ids as a capture with analytics consent stores them; the lead's creation time
    // is the capture's, so lists and the timeline read like the real history.
    await solar360.updateLeads({
      id,
      anonymous_id: plan.session?.anonymous_id ?? null,
      session_id: plan.session?.session_id ?? null,
      created_at: plan.capturedAt,
    } as any)
    let at = plan.capturedAt.getTime()
    for (const move of plan.moves) {
      const { result } = await updateLeadWorkflow(container).run({
        input: {
          id,
          update: { status: move.status, actor_type: "user", actor_id: input.operatorId, assigned_to: input.operatorId, note: move.note, ...move.extra },
        },
      })
      if (result.status_change_id) {
        at = Math.min(at + move.hours * 3_600_000, last)
        await solar360.updateLeadStatusChanges({ id: result.status_change_id, created_at: new Date(at) } as any)
      }
    }
    if (plan.notes.length) {
      const created = await solar360.createLeadNotes(plan.notes.map((note) => ({ lead_id: id, body: note.body, author_id: input.operatorId })))
      for (const [index, note] of created.entries()) {
        at = Math.min(at + plan.notes[index].hours * 3_600_000, last)
        await solar360.updateLeadNotes({ id: note.id, created_at: new Date(at) } as any)
      }
    }
    return { id, status: plan.target, customer_id: plan.linkedCustomer?.id ?? null, session_id: plan.session?.session_id ?? null, email: plan.person.email }
  })
}

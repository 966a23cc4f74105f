// Helio, the store's assistant: conversations opened, answered (RAG queries with tokens and
// costs from the price table), rated and reviewed through the plugin's Helio workflows. The
// times are moved back afterwards through the generated service, so the metrics span weeks.
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../../src/modules/solar360"
import {
  logRagQueriesWorkflow,
  recordHelioConversationFeedbackWorkflow,
  recordRagQueryFeedbackWorkflow,
  reviewRagQueryWorkflow,
  startHelioConversationWorkflow,
  updateHelioConversationWorkflow,
} from "../../src/workflows"
import { DEMO_CONCURRENCY, mapLimit } from "./concurrency"
import type { DemoProductRef } from "./core"
import type { DemoLead } from "./leads"
import { daysAgo, type DemoRandom } from "./random"

const TOPICS = [
  ["economia", "Quanto vou economizar na conta de luz com um kit de 5 kWp?", "Com uma conta média de R$ 650, um sistema de 5,5 kWp deve reduzir a conta em cerca de 85%, pagando-se em 4 a 5 anos."],
  ["financiamento", "Posso financiar o sistema em 60 meses?", "Sim: os bancos parceiros financiam em até 72 meses; a simulação mostra a parcela e o CET."],
  ["instalacao", "Quanto tempo leva a instalação?", "A instalação leva de 1 a 3 dias; a homologação na distribuidora costuma levar 30 a 60 dias."],
  ["produto", "Qual a diferença entre painel bifacial e monocristalino?", "O bifacial capta luz também pela face traseira, rendendo 5% a 15% a mais sobre superfícies claras."],
  ["lei-14300", "A Lei 14.300 ainda compensa?", "Sim: a cobrança do Fio B é gradual até 2029 e o retorno continua entre 4 e 6 anos na maioria dos estados."],
  ["bateria", "Vale a pena ter bateria?", "Para quem está ligado à rede, a bateria serve como reserva em quedas de energia; o retorno financeiro é menor."],
] as const

export async function seedHelio(
  container: MedusaContainer,
  random: DemoRandom,
  input: { anchor: Date; leads: DemoLead[]; products: DemoProductRef[]; operatorId: string | null; count: number }
) {
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const counts = { conversations: 0, queries: 0, flagged: 0, reviewed: 0 }
  // Every random draw first, in order; the conversations are then written eight at a time.
  const plans = Array.from({ length: input.count }, () => {
    const lead = random.chance(0.5) ? random.pick(input.leads) : null
    const customer_id = lead?.customer_id ?? null
    const startedAt = daysAgo(input.anchor, random.int(1, 40), random.float(11, 23))
    const [topic, question] = random.pick(TOPICS)
    const start = { customer_id, lead_id: lead?.id ?? null, session_id: lead?.session_id ?? `sess_${random.uuid()}`, channel: random.pick(["web", "web", "whatsapp"]), title: question }
    const queries = Array.from({ length: random.int(2, 6) }, () => {
      const [, text, answer] = random.pick(TOPICS)
      const model = random.weighted([["gpt-4o-mini", 4], ["gpt-4o", 1]] as const)
      const promptTokens = random.int(600, 3200)
      const completionTokens = random.int(80, 520)
      const product = random.pick(input.products)
      return {
        message_id: random.uuid(),
        query_text: text,
        query_language: "pt-BR",
        query_type: random.pick(["question", "comparison", "pricing"]),
        embedding_model: "text-embedding-3-small",
        retrieved_chunks: [
          { id: `kb-${random.int(1, 120)}`, score: random.float(0.62, 0.95), source: "base-de-conhecimento" },
          { id: `kb-${random.int(1, 120)}`, score: random.float(0.55, 0.9), source: "catalogo" },
        ],
        vector_db: "pgvector",
        vector_search_time_ms: random.int(15, 90),
        retrieval_time_ms: random.int(40, 180),
        llm_model: model,
        llm_temperature: 0.2,
        response: answer,
        llm_response_time_ms: random.int(700, 4200),
        total_response_time_ms: random.int(900, 4800),
        time_to_first_token_ms: random.int(250, 900),
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        cached_tokens: random.chance(0.4) ? random.int(100, Math.min(500, promptTokens)) : 0,
        // Below the review threshold (0.5) now and then: those answers wait for a human.
        confidence_score: random.chance(0.12) ? random.float(0.2, 0.45) : random.float(0.6, 0.97),
        recommended_products: random.chance(0.5) ? [{ product_id: product.id, score: random.float(0.6, 0.95) }] : null,
        customer_id,
      }
    })
    const satisfaction = random.chance(0.5) ? random.weighted([[5, 5], [4, 4], [3, 2], [2, 1], [1, 1]] as const) : null
    const thumbs = random.chance(0.35) ? (random.chance(0.75) ? ("up" as const) : ("down" as const)) : null
    const status = random.weighted([["resolved", 5], ["completed", 3], ["abandoned", 2], ["escalated", 1], ["active", 1]] as const)
    const update = {
      status,
      primary_topic: topic,
      topics: [topic],
      intent: random.pick(["buy", "learn", "compare"] as const),
      issue_resolved: status === "resolved" || status === "completed",
      escalation_reason: status === "escalated" ? "Cliente pediu falar com um consultor" : null,
      quality_score: random.float(0.6, 0.98),
    }
    const lastAt = new Date(startedAt.getTime() + random.int(2, 25) * 60_000)
    return { customer_id, startedAt, start, queries, satisfaction, thumbs, update, lastAt }
  })

  const logged = await mapLimit(plans, DEMO_CONCURRENCY, async (plan) => {
    const { result: conversation } = await startHelioConversationWorkflow(container).run({ input: plan.start })
    const { result: queries } = await logRagQueriesWorkflow(container).run({ input: { conversation_id: conversation.id, queries: plan.queries } })
    const viewer = plan.customer_id ? { customer_id: plan.customer_id } : { resume_token: conversation.resume_token }
    if (plan.satisfaction) {
      await recordHelioConversationFeedbackWorkflow(container).run({ input: { conversation_id: conversation.id, viewer, satisfaction: plan.satisfaction } })
    }
    if (plan.thumbs) {
      await recordRagQueryFeedbackWorkflow(container).run({ input: { query_id: queries.created_ids[0], viewer, thumbs: plan.thumbs } })
    }
    if (plan.update.status !== "active") {
      await updateHelioConversationWorkflow(container).run({ input: { id: conversation.id, ...plan.update } })
    }
    // Spread over the weeks before the run (the workflows stamp "now").
    const [stored] = await solar360.listHelioConversations({ id: conversation.id }, { take: 1 })
    await solar360.updateHelioConversations({
      id: conversation.id,
      started_at: plan.startedAt,
      last_message_at: plan.lastAt,
      created_at: plan.startedAt,
      ...((stored as any)?.ended_at ? { ended_at: plan.lastAt } : {}),
    } as any)
    await solar360.updateRagQueries(queries.created_ids.map((id, position) => ({ id, created_at: new Date(plan.startedAt.getTime() + (position + 1) * 45_000) })) as any)
    return queries.created_ids.length
  })
  counts.conversations = logged.length
  counts.queries = logged.reduce((sum, count) => sum + count, 0)

  const flagged = await solar360.listRagQueries({ flagged_for_review: true } as any, { take: 100, order: { created_at: "ASC" } })
  counts.flagged = flagged.length
  // The operator has gone through about half of the review queue.
  for (const query of flagged.slice(0, Math.floor(flagged.length / 2))) {
    await reviewRagQueryWorkflow(container).run({
      input: { id: query.id, reviewer: input.operatorId ?? "demo-operator", outcome: random.pick(["approved", "corrected", "rejected"] as const), notes: "Revisado na demonstração" },
    })
    counts.reviewed++
  }
  counts.flagged -= counts.reviewed
  return counts
}

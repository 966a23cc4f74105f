import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import {
  abandonInactiveHelioConversationsWorkflow,
  applyHelioRetentionWorkflow,
  attributeOrderToHelioConversationsWorkflow,
} from "../../../src/workflows/helio"
import abandonInactiveHelioConversationsJob from "../../../src/jobs/abandon-inactive-helio-conversations"
import { eventually } from "../../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// As `npm test` sets it: scheduled jobs off, so none fires on the wall clock mid-test.
const previousDisabledJobs = process.env.SOLAR360_DISABLED_JOBS
process.env.SOLAR360_DISABLED_JOBS = "*"
afterAll(() => {
  process.env.SOLAR360_DISABLED_JOBS = previousDisabledJobs
})

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000
const ago = (ms: number) => new Date(Date.now() - ms)

const KIT = "prod_01JHELIOKIT000000000000000"
const INVERTER = "prod_01JHELIOINVERTER0000000000"
const BATTERY = "prod_01JHELIOBATTERY00000000000"
const CABLE = "prod_01JHELIOCABLE0000000000000"

export function helioJobsSuite({ getContainer }: MedusaSuiteOptions): void {
  let solar360: Solar360ModuleService

  beforeEach(() => {
    solar360 = getContainer().resolve(SOLAR360_MODULE)
  })

  const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

  /** Moves a row's timestamps (created_at can't be set through the service). */
  async function backdate(table: "helio_conversation" | "rag_query", id: string, columns: Record<string, Date>) {
    await db()(table).where({ id }).update(columns)
  }

  async function conversation(fields: Record<string, unknown> = {}, createdAt?: Date) {
    const created = await solar360.createHelioConversations({ status: "active", ...fields } as any)
    if (createdAt) {
      await backdate("helio_conversation", created.id, { created_at: createdAt })
    }
    return created.id as string
  }

  async function query(fields: Record<string, unknown> = {}, createdAt?: Date) {
    const created = await solar360.createRagQueries(fields as any)
    if (createdAt) {
      await backdate("rag_query", created.id, { created_at: createdAt })
    }
    return created.id as string
  }

  const rawConversation = async (id: string) => (await db()("helio_conversation").where({ id }))[0]
  const rawQuery = async (id: string) => (await db()("rag_query").where({ id }))[0]

  describe("abandonment of inactive conversations", () => {
    it("marks exactly the active conversations idle for longer than abandonAfterMinutes", async () => {
      const startedAt = ago(90 * MINUTE_MS)
      const lastMessageAt = ago(40 * MINUTE_MS)
      const stale = await conversation({ started_at: startedAt, last_message_at: lastMessageAt })
      const createdLongAgo = ago(45 * MINUTE_MS)
      const staleNoMessages = await conversation({}, createdLongAgo)
      const recent = await conversation({ started_at: ago(120 * MINUTE_MS), last_message_at: ago(10 * MINUTE_MS) })
      const resolved = await conversation({ status: "resolved", started_at: startedAt, last_message_at: lastMessageAt })
      const softDeleted = await conversation({ started_at: startedAt, last_message_at: lastMessageAt })
      await solar360.softDeleteHelioConversations([softDeleted])

      const { result } = await abandonInactiveHelioConversationsWorkflow(getContainer()).run({ input: {} })

      expect(result.count).toBe(2)
      expect([...result.conversation_ids].sort()).toEqual([stale, staleNoMessages].sort())

      const abandoned = await rawConversation(stale)
      expect(abandoned.status).toBe("abandoned")
      expect(new Date(abandoned.ended_at).getTime()).toBe(lastMessageAt.getTime())
      expect(abandoned.duration_seconds).toBe(50 * 60)
      const noMessages = await rawConversation(staleNoMessages)
      expect(noMessages.status).toBe("abandoned")
      expect(new Date(noMessages.ended_at).getTime()).toBe(createdLongAgo.getTime())
      expect(noMessages.duration_seconds).toBe(0)

      expect((await rawConversation(recent)).status).toBe("active")
      expect((await rawConversation(recent)).ended_at).toBeNull()
      expect((await rawConversation(resolved)).status).toBe("resolved")
      expect((await rawConversation(resolved)).ended_at).toBeNull()
      expect((await rawConversation(softDeleted)).status).toBe("active")

      const again = await abandonInactiveHelioConversationsWorkflow(getContainer()).run({ input: {} })
      expect(again.result.count).toBe(0)
    })

    it("the scheduled job does nothing while listed in disabledJobs", async () => {
      const stale = await conversation({ started_at: ago(90 * MINUTE_MS), last_message_at: ago(40 * MINUTE_MS) })
      await abandonInactiveHelioConversationsJob(getContainer() as any)
      expect((await rawConversation(stale)).status).toBe("active")
    })

    it("measures inactivity against the given instant, and its compensation reopens what it closed", async () => {
      const id = await conversation({ started_at: ago(20 * MINUTE_MS), last_message_at: ago(10 * MINUTE_MS) })
      const soon = new Date(Date.now() + 25 * MINUTE_MS)
      const { result } = await abandonInactiveHelioConversationsWorkflow(getContainer()).run({
        input: { now: soon },
      })
      expect(result.conversation_ids).toEqual([id])
      expect(await rawConversation(id)).toMatchObject({ status: "abandoned", duration_seconds: 600 })

      const other = await conversation({ last_message_at: ago(10 * MINUTE_MS), ended_at: ago(5 * MINUTE_MS) })
      const { conversation_ids, previous } = await solar360.abandonInactiveConversations(soon)
      expect(conversation_ids).toEqual([other])
      expect(await rawConversation(other)).toMatchObject({ status: "abandoned", duration_seconds: 0 })
      await solar360.reopenAbandonedConversations(previous)
      expect(await rawConversation(other)).toMatchObject({ status: "active", duration_seconds: null })
      expect((await rawConversation(other)).ended_at).not.toBeNull()
      // The first one, not in this compensation, stays abandoned.
      expect((await rawConversation(id)).status).toBe("abandoned")
    })
  })

  describe("Helio retention", () => {
    const chunks = [
      { id: "chunk-1", score: 0.91, source: "manual-inversor.pdf", text: "O inversor aguenta 5 kW", metadata: { page: 3 } },
      { id: "chunk-2", score: 0.72, source: "faq", content: "Garantia de 25 anos" },
    ]
    const queryContent = {
      query_text: "Quanto custa um kit de 5 kWp para minha casa em Campinas?",
      prompt: "System: you are Helio... User: Quanto custa...",
      response: "Um kit de 5 kWp custa cerca de R$ 18.000.",
      query_embedding: [0.1, 0.2, 0.3],
      user_feedback_comment: "Resposta boa, mas cara",
      review_notes: "Preço conferido com a tabela",
      retrieved_chunks: chunks,
    }
    const queryNumbers = {
      llm_model: "gpt-4o-mini",
      prompt_tokens: 1234,
      completion_tokens: 210,
      total_tokens: 1444,
      estimated_cost_usd: 0.00185,
      total_response_time_ms: 2300,
      recommended_products: [KIT],
      retrieval_scores: [0.91, 0.72],
      user_feedback: "positive",
      flagged_for_review: true,
    }
    const conversationContent = {
      title: "Kit 5 kWp em Campinas",
      summary: "Cliente quer saber o preço de um kit",
      satisfaction_comment: "Gostei",
      escalation_reason: "Pediu falar com vendedor",
    }
    const conversationNumbers = { message_count: 6, total_tokens_used: 5000, total_cost_usd: 0.0123 }
    const identity = {
      customer_id: "cus_01JHELIORETENTION000000000",
      session_id: "sess_helio",
      lead_id: "lead_01JHELIO00000000000000000",
      session_token_hash: "a".repeat(64),
    }

    const expectQueryNumbersKept = (row: any) => {
      expect(row).toMatchObject({
        llm_model: "gpt-4o-mini",
        prompt_tokens: 1234,
        completion_tokens: 210,
        total_tokens: 1444,
        total_response_time_ms: 2300,
        recommended_products: [KIT],
        retrieval_scores: [0.91, 0.72],
        user_feedback: "positive",
        flagged_for_review: true,
      })
      expect(Number(row.estimated_cost_usd)).toBe(0.00185)
    }
    const expectQueryContentBlanked = (row: any) => {
      expect(row).toMatchObject({
        query_text: null,
        prompt: null,
        response: null,
        query_embedding: null,
        user_feedback_comment: null,
        review_notes: null,
        retrieved_chunks: [
          { id: "chunk-1", score: 0.91, source: "manual-inversor.pdf" },
          { id: "chunk-2", score: 0.72, source: "faq" },
        ],
      })
      expect(row.retrieved_chunks[0]).toEqual({ id: "chunk-1", score: 0.91, source: "manual-inversor.pdf" })
      expect(row.content_blanked_at).not.toBeNull()
    }

    it("blanks content past contentRetentionDays, keeps numbers, erases deletion requests; a rerun changes nothing", async () => {
      const oldConversation = await conversation(
        { ...conversationContent, ...conversationNumbers, ...identity, data_retention_until: new Date(Date.now() + 700 * DAY_MS) },
        ago(31 * DAY_MS)
      )
      const oldQuery = await query(
        { ...queryContent, ...queryNumbers, conversation_id: oldConversation, customer_id: identity.customer_id, ip_hash: "iphash" },
        ago(31 * DAY_MS)
      )
      const recentConversation = await conversation(
        { ...conversationContent, ...conversationNumbers, ...identity, data_retention_until: new Date(Date.now() + 700 * DAY_MS) },
        ago(29 * DAY_MS)
      )
      const recentQuery = await query(
        { ...queryContent, ...queryNumbers, conversation_id: recentConversation, customer_id: identity.customer_id, ip_hash: "iphash" },
        ago(29 * DAY_MS)
      )
      const deletionRequested = await conversation({
        ...conversationContent,
        ...conversationNumbers,
        ...identity,
        user_requested_deletion: true,
        data_retention_until: new Date(Date.now() + 700 * DAY_MS),
      })
      const deletionRequestedQuery = await query({
        ...queryContent,
        ...queryNumbers,
        conversation_id: deletionRequested,
        customer_id: identity.customer_id,
        session_id: identity.session_id,
        ip_hash: "iphash",
      })
      const expired = await conversation({
        ...conversationContent,
        ...conversationNumbers,
        ...identity,
        data_retention_until: ago(DAY_MS),
      })
      const withoutRetentionDate = await conversation({ title: "Sem data" }, ago(2 * DAY_MS))

      const { result } = await applyHelioRetentionWorkflow(getContainer()).run({ input: {} })

      expect(result).toEqual({
        retention_dates_set: 1,
        conversations_erased: 2,
        queries_erased: 1,
        queries_blanked: 1,
        conversations_blanked: 1,
        locked_out: false,
      })

      // Old content blanked, numbers and identity kept (age alone is no erasure).
      const old = await rawQuery(oldQuery)
      expectQueryContentBlanked(old)
      expectQueryNumbersKept(old)
      expect(old).toMatchObject({ customer_id: identity.customer_id, ip_hash: "iphash" })
      expect(await rawConversation(oldConversation)).toMatchObject({
        title: null,
        summary: null,
        satisfaction_comment: null,
        escalation_reason: null,
        message_count: 6,
        total_tokens_used: 5000,
        customer_id: identity.customer_id,
      })
      expect(Number((await rawConversation(oldConversation)).total_cost_usd)).toBe(0.0123)

      // Recent content untouched.
      expect(await rawQuery(recentQuery)).toMatchObject({ ...queryContent, content_blanked_at: null })
      expect(await rawConversation(recentConversation)).toMatchObject({
        ...conversationContent,
        ...identity,
        content_blanked_at: null,
      })

      // Deletion requested: content and identity gone at any age, with its queries; numbers stay.
      for (const erased of [deletionRequested, expired]) {
        const row = await rawConversation(erased)
        expect(row).toMatchObject({
          title: null,
          summary: null,
          satisfaction_comment: null,
          escalation_reason: null,
          customer_id: null,
          session_id: null,
          lead_id: null,
          session_token_hash: null,
          message_count: 6,
          total_tokens_used: 5000,
        })
        expect(row.content_blanked_at).not.toBeNull()
        expect(Number(row.total_cost_usd)).toBe(0.0123)
      }
      const erasedQuery = await rawQuery(deletionRequestedQuery)
      expectQueryContentBlanked(erasedQuery)
      expectQueryNumbersKept(erasedQuery)
      expect(erasedQuery).toMatchObject({ customer_id: null, session_id: null, ip_hash: null })

      // Every conversation ends up with a retention date.
      const dated = await rawConversation(withoutRetentionDate)
      expect(new Date(dated.data_retention_until).getTime()).toBe(
        new Date(dated.created_at).getTime() + 730 * DAY_MS
      )
      expect(dated.title).toBe("Sem data")

      // A second run finds nothing to do and touches no row.
      const before = await db()("helio_conversation").select("id", "updated_at").orderBy("id")
      const queriesBefore = await db()("rag_query").select("id", "updated_at").orderBy("id")
      const again = await applyHelioRetentionWorkflow(getContainer()).run({ input: {} })
      expect(again.result).toEqual({
        retention_dates_set: 0,
        conversations_erased: 0,
        queries_erased: 0,
        queries_blanked: 0,
        conversations_blanked: 0,
        locked_out: false,
      })
      expect(await db()("helio_conversation").select("id", "updated_at").orderBy("id")).toEqual(before)
      expect(await db()("rag_query").select("id", "updated_at").orderBy("id")).toEqual(queriesBefore)
    })

    it("erases a conversation blanked by age once its customer asks for deletion", async () => {
      const id = await conversation({ ...conversationContent, ...identity }, ago(40 * DAY_MS))
      const queryId = await query({ ...queryContent, conversation_id: id, ip_hash: "iphash" }, ago(40 * DAY_MS))
      await applyHelioRetentionWorkflow(getContainer()).run({ input: {} })
      expect(await rawConversation(id)).toMatchObject({ title: null, customer_id: identity.customer_id })
      expect(await rawQuery(queryId)).toMatchObject({ query_text: null, ip_hash: "iphash" })

      await solar360.updateHelioConversations({ id, user_requested_deletion: true })
      const { result } = await applyHelioRetentionWorkflow(getContainer()).run({ input: {} })
      expect(result).toMatchObject({ conversations_erased: 1, queries_erased: 1 })
      expect(await rawConversation(id)).toMatchObject({ customer_id: null, session_id: null, lead_id: null })
      expect(await rawQuery(queryId)).toMatchObject({ ip_hash: null })
    })

    it("processes more rows than one chunk", async () => {
      const createdAt = ago(31 * DAY_MS)
      const rows = Array.from({ length: 1001 }, (_, index) => ({
        query_text: `pergunta ${index}`,
        prompt_tokens: index,
      }))
      await solar360.createRagQueries(rows as any)
      await db()("rag_query").update({ created_at: createdAt })

      const { result } = await applyHelioRetentionWorkflow(getContainer()).run({ input: {} })
      expect(result.queries_blanked).toBe(1001)
      expect(Number((await db()("rag_query").whereNotNull("query_text").count("* as n"))[0].n)).toBe(0)
      expect(Number((await db()("rag_query").sum("prompt_tokens as total"))[0].total)).toBe((1000 * 1001) / 2)
    })

    it("does nothing while another instance holds the retention lock", async () => {
      const id = await query({ ...queryContent }, ago(31 * DAY_MS))
      let result: any
      await db().transaction(async (trx) => {
        await trx.raw("select pg_advisory_xact_lock(hashtext('solar360:helio-retention'))")
        ;({ result } = await applyHelioRetentionWorkflow(getContainer()).run({ input: {} }))
      })
      expect(result).toMatchObject({ locked_out: true, queries_blanked: 0 })
      expect((await rawQuery(id)).query_text).toBe(queryContent.query_text)
    })
  })

  describe("order.placed attributes the order to recent conversations", () => {
    const customer_id = "cus_01JHELIOBUYER0000000000000"
    const emitOrderPlaced = (id: string) =>
      getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id } })

    async function placeOrder(customer: string, items: Array<{ product_id: string; unit_price: number; quantity: number }>) {
      return (await getContainer()
        .resolve(Modules.ORDER)
        .createOrders({
          currency_code: "brl",
          email: "comprador@example.com",
          customer_id: customer,
          items: items.map((item) => ({ title: item.product_id, ...item })),
        } as any)) as unknown as { id: string }
    }

    it("marks the customer's conversations in the window, with the recommended products bought, once", async () => {
      const recent = await conversation({
        customer_id,
        started_at: ago(3 * DAY_MS),
        last_message_at: ago(2 * DAY_MS),
        // Both shapes: ids and objects.
        products_recommended: [KIT, { id: INVERTER, name: "Inversor 5 kW" }],
      })
      await query({ conversation_id: recent, recommended_products: [{ product_id: BATTERY, score: 0.8 }] })
      await query({ conversation_id: recent, recommended_products: [INVERTER] })
      const plain = await conversation({ customer_id, last_message_at: ago(60 * MINUTE_MS) })
      const outsideWindow = await conversation({
        customer_id,
        started_at: ago(9 * DAY_MS),
        last_message_at: ago(8 * DAY_MS),
        products_recommended: [KIT],
      })
      const otherCustomer = await conversation({
        customer_id: "cus_01JHELIOSOMEONEELSE000000000",
        last_message_at: ago(60 * MINUTE_MS),
        products_recommended: [KIT],
      })
      const earlierOrder = await conversation({
        customer_id,
        last_message_at: ago(DAY_MS),
        led_to_purchase: true,
        order_id: "order_earlier",
        order_value: 100,
      })

      const order = await placeOrder(customer_id, [
        { product_id: KIT, unit_price: 15990, quantity: 1 },
        { product_id: BATTERY, unit_price: 4200, quantity: 2 },
      ])
      await emitOrderPlaced(order.id)

      await eventually(async () => {
        expect((await rawConversation(recent)).order_id).toBe(order.id)
      })
      const attributed = await rawConversation(recent)
      expect(attributed).toMatchObject({
        led_to_purchase: true,
        order_id: order.id,
        raw_order_value: { value: "24390", precision: 20 },
        products_purchased: { product_ids: [BATTERY, KIT], recommended_and_purchased: [BATTERY, KIT] },
      })
      expect(Number(attributed.order_value)).toBe(15990 + 2 * 4200)
      expect(await rawConversation(plain)).toMatchObject({
        led_to_purchase: true,
        order_id: order.id,
        products_purchased: { product_ids: [BATTERY, KIT], recommended_and_purchased: [] },
      })
      for (const untouched of [outsideWindow, otherCustomer]) {
        expect(await rawConversation(untouched)).toMatchObject({
          led_to_purchase: false,
          order_id: null,
          order_value: null,
          products_purchased: null,
        })
      }
      expect(await rawConversation(earlierOrder)).toMatchObject({ order_id: "order_earlier", led_to_purchase: true })
      expect(Number((await rawConversation(earlierOrder)).order_value)).toBe(100)

      // A redelivery changes nothing, not even for a conversation that appeared since.
      const { updated_at } = await rawConversation(recent)
      const newcomer = await conversation({ customer_id, last_message_at: ago(MINUTE_MS) })
      await backdate("helio_conversation", newcomer, { created_at: ago(2 * MINUTE_MS) })
      await emitOrderPlaced(order.id)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      // The same workflow run directly, so the redelivery certainly happened before the checks.
      const { result: redelivered } = await attributeOrderToHelioConversationsWorkflow(getContainer()).run({
        input: { order_id: order.id },
      })
      expect(redelivered.conversation_ids).toEqual([])
      expect((await rawConversation(recent)).updated_at).toEqual(updated_at)
      expect((await rawConversation(newcomer)).order_id).toBeNull()
      const carrying = await db()("helio_conversation").where({ order_id: order.id }).select("id")
      expect(carrying.map((row: { id: string }) => row.id).sort()).toEqual([recent, plain].sort())
    })

    it("compensation restores only what the attribution set", async () => {
      const id = await conversation({
        customer_id,
        last_message_at: ago(DAY_MS),
        products_purchased: { note: "before" },
      })
      const placed_at = new Date()
      const { conversation_ids, previous } = await solar360.attributeOrderToConversations({
        order_id: "order_compensated",
        customer_id,
        placed_at,
        order_value: "1234.56",
        product_ids: [KIT, KIT],
      })
      expect(conversation_ids).toEqual([id])
      expect(await rawConversation(id)).toMatchObject({
        order_id: "order_compensated",
        raw_order_value: { value: "1234.56", precision: 20 },
        products_purchased: { product_ids: [KIT], recommended_and_purchased: [] },
      })
      // Same order again: idempotent.
      const again = await solar360.attributeOrderToConversations({
        order_id: "order_compensated",
        customer_id,
        placed_at,
        order_value: "1234.56",
        product_ids: [KIT],
      })
      expect(again.conversation_ids).toEqual([])

      await solar360.undoOrderAttribution("order_compensated", previous)
      expect(await rawConversation(id)).toMatchObject({
        led_to_purchase: false,
        order_id: null,
        order_value: null,
        raw_order_value: null,
        products_purchased: { note: "before" },
      })
    })
  })
}

import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../src/modules/solar360"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

// medusa-config.ts turns `helio.captureContent` off from this variable: "metrics only". It
// must be set before the runner loads the config (its `env` option is applied after that),
// and put back afterwards: test files share the process.
const previousCapture = process.env.SOLAR360_HELIO_CAPTURE_CONTENT
process.env.SOLAR360_HELIO_CAPTURE_CONTENT = "false"
afterAll(() => {
  if (previousCapture === undefined) {
    delete process.env.SOLAR360_HELIO_CAPTURE_CONTENT
  } else {
    process.env.SOLAR360_HELIO_CAPTURE_CONTENT = previousCapture
  }
})

export function helioContentOffSuite({ api, getContainer }: MedusaSuiteOptions): void {
  it("stores no text when content capture is off, but keeps numbers and PII flags", async () => {
    const container = getContainer()
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    expect(solar360.options.helio.captureContent).toBe(false)
    const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "helio", type: "secret", created_by: "test" })
    const headers = { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` }

    const { conversation } = (
      await api.post("/admin/solar360/helio/conversations", { title: "Orçamento da Maria" }, { headers })
    ).data
    expect(conversation.title).toBeNull()
    const logged = await api.post(
      `/admin/solar360/helio/conversations/${conversation.id}/queries`,
      {
        query_text: "Meu CPF é 529.982.247-25, quanto custa 5 kWp?",
        prompt: "Contexto: kit 5 kWp",
        response: "Cerca de R$ 12.500.",
        retrieved_chunks: [{ id: "doc-1", score: 0.8, source: "kb/precos.md", text: "Kit 5 kWp R$ 12.500" }],
        query_embedding: [0.1, 0.2],
        llm_model: "gpt-4o-mini",
        prompt_tokens: 100,
        completion_tokens: 20,
        total_response_time_ms: 700,
      },
      { headers }
    )
    expect(logged.status).toBe(201)
    const stored = await solar360.retrieveRagQuery(logged.data.rag_query.id)
    expect(stored).toMatchObject({
      query_text: null,
      prompt: null,
      response: null,
      query_embedding: null,
      content_captured: false,
      contains_pii: true,
      total_tokens: 120,
      total_response_time_ms: 700,
      cost_source: "price_table",
    })
    expect(stored.pii_types).toEqual(["cpf"])
    expect(stored.retrieved_chunks).toEqual([{ id: "doc-1", score: 0.8, source: "kb/precos.md" }])
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw("SELECT row_to_json(r)::text AS json FROM rag_query r WHERE id = ?", [stored.id])
    for (const text of ["529.982.247-25", "52998224725", "quanto custa", "Kit 5 kWp", "12.500"]) {
      expect(rows[0].json).not.toContain(text)
    }
    expect((await solar360.retrieveHelioConversation(conversation.id)).helio_message_count).toBe(1)
  })
}

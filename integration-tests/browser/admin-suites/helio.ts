// The Helio dashboards (issue 16): the metrics dashboard, the conversation list and one
// conversation, the review queue, on the demo store (scripts/demo/helio.ts leaves flagged
// answers waiting for review).
import { eventually } from "../../helpers/eventually"
import type { AdminSuite } from "./context"

type Page = { route: string; name: string; en: RegExp; ptBR: RegExp }

export const helioSuite: AdminSuite = ({ rig, openPage, screenshot, adminApi }) => {
  describe("the Helio dashboards", () => {
    const pages: Page[] = [
      { route: "/solar360/helio", name: "admin-helio", en: /^Helio assistant$/, ptBR: /^Assistente Helio$/ },
      { route: "/solar360/helio/conversations", name: "admin-helio-conversations", en: /^Conversations$/, ptBR: /^Conversas$/ },
      { route: "/solar360/helio/review", name: "admin-helio-review", en: /^Review queue/, ptBR: /^Fila de revisão/ },
    ]

    /** The demo conversation with the most logged answers (its page shows a real exchange). */
    async function busiestConversation() {
      const [row] = await rig().server.query<{ conversation_id: string }>(
        "SELECT conversation_id FROM rag_query WHERE deleted_at IS NULL AND conversation_id IS NOT NULL GROUP BY conversation_id ORDER BY count(*) DESC, conversation_id LIMIT 1"
      )
      return row.conversation_id
    }

    it.each(pages)("$route opens without errors in English and Portuguese", async ({ route, name, en, ptBR }) => {
      const english = await openPage(route, en)
      await screenshot(english, name)
      expect(english.problems).toEqual([])
      await english.close()
      const portuguese = await openPage(route, ptBR, "ptBR")
      await screenshot(portuguese, `${name}-pt-BR`)
      expect(portuguese.problems).toEqual([])
      await portuguese.close()
    })

    it("opens one conversation in English and Portuguese with its exchange turn by turn", async () => {
      const id = await busiestConversation()
      const english = await openPage(`/solar360/helio/conversations/${id}`, /^Exchange$/)
      const answers = await rig().server.query<{ count: string }>(
        "SELECT count(*) FROM rag_query WHERE conversation_id = $1 AND deleted_at IS NULL",
        [id]
      )
      expect(await english.getByTestId("helio-turn").count()).toBe(Number(answers[0].count))
      await english.getByText("Question", { exact: true }).first().waitFor()
      await english.getByText("Answer", { exact: true }).first().waitFor()
      await screenshot(english, "admin-helio-conversation")
      expect(english.problems).toEqual([])
      await english.close()
      const portuguese = await openPage(`/solar360/helio/conversations/${id}`, /^Troca de mensagens$/, "ptBR")
      await screenshot(portuguese, "admin-helio-conversation-pt-BR")
      expect(portuguese.problems).toEqual([])
      await portuguese.close()
    })

    it("opens a conversation from the list and shows its exchange", async () => {
      const page = await openPage("/solar360/helio/conversations", /^Conversations$/)
      await page.locator("tbody tr").first().click()
      await page.waitForURL(/\/solar360\/helio\/conversations\/hconv_/)
      await page.getByRole("heading", { name: /^Exchange$/ }).waitFor({ timeout: 30_000 })
      await page.getByTestId("helio-exchange").waitFor()
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("approves a flagged answer from the queue: it leaves the queue and the review is stored", async () => {
      const page = await openPage("/solar360/helio/review", /^Review queue/)
      const first = page.getByTestId("helio-review-item").first()
      const id = await first.getAttribute("data-query-id")
      expect(id).toMatch(/^ragq_/)
      await first.getByRole("button", { name: "Approve" }).click()
      await eventually(async () => expect(await page.locator(`[data-query-id="${id}"]`).count()).toBe(0), 30_000)
      const { rag_query } = await adminApi<{ rag_query: Record<string, unknown> }>("GET", `/admin/solar360/rag-queries/${id}`)
      expect(rag_query).toMatchObject({ reviewed_by_human: true, review_outcome: "approved", flagged_for_review: false })
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("corrects a flagged answer with the corrected answer", async () => {
      const page = await openPage("/solar360/helio/review", /^Review queue/)
      const first = page.getByTestId("helio-review-item").first()
      const id = await first.getAttribute("data-query-id")
      await first.getByRole("button", { name: "Correct" }).click()
      await first.getByRole("textbox").fill("Um sistema de 5,5 kWp, não 55 kWp.")
      await first.getByRole("button", { name: "Save correction" }).click()
      await eventually(async () => expect(await page.locator(`[data-query-id="${id}"]`).count()).toBe(0), 30_000)
      const { rag_query } = await adminApi<{ rag_query: Record<string, unknown> }>("GET", `/admin/solar360/rag-queries/${id}`)
      expect(rag_query).toMatchObject({ review_outcome: "corrected", review_notes: "Um sistema de 5,5 kWp, não 55 kWp." })
      expect(page.problems).toEqual([])
      await page.close()
    })

    it("a date-range change updates the chart data table", async () => {
      const page = await openPage("/solar360/helio?range=7d", /^Helio assistant$/)
      const rows = page.getByTestId("chart-helio-volume-data").locator("tbody tr")
      await eventually(async () => expect(await rows.count()).toBe(7), 30_000)
      const before = await rows.first().getAttribute("data-bucket")
      await page.locator("#solar360-range").click()
      await page.getByRole("option", { name: "Last 90 days" }).click()
      await page.waitForURL(/range=90d/)
      await eventually(async () => expect(await rows.count()).toBe(90), 30_000)
      expect(await rows.first().getAttribute("data-bucket")).not.toBe(before)
      // The demo's conversations (the last 40 days) are in the 90 days: some bucket counts them.
      const values = await page.getByTestId("chart-helio-volume-data").locator("tbody td:first-of-type").evaluateAll(
        (cells) => cells.map((cell) => Number(cell.getAttribute("data-value") || 0))
      )
      expect(values.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0)
      expect(page.problems).toEqual([])
      await page.close()
    })
  })
}

import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { RagQuery } from "../../hooks/helio"

/** The visitor's question and Helio's answer, as the conversation and the review queue show them. */
export const QuestionAndAnswer = ({ query }: { query: Pick<RagQuery, "query_text" | "response"> }) => {
  const { t } = useTranslation("solar360")
  return (
    <>
      <div className="bg-ui-bg-subtle rounded-md px-3 py-2" data-testid="helio-turn-question">
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("helio.detail.question")}
        </Text>
        <Text size="small" className="whitespace-pre-wrap">
          {query.query_text ?? t("helio.detail.contentRemoved")}
        </Text>
      </div>
      <div className="bg-ui-bg-component rounded-md px-3 py-2" data-testid="helio-turn-answer">
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("helio.detail.answer")}
        </Text>
        <Text size="small" className="whitespace-pre-wrap">
          {query.response ?? t("helio.detail.contentRemoved")}
        </Text>
      </div>
    </>
  )
}

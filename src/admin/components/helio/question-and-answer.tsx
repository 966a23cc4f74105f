import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { RagQuery } from "../../hooks/helio"

/** One side of a turn: a label over the text, or "content removed" once the retention erased it. */
const Turn = ({ label, text, className, testId }: { label: string; text?: string | null; className: string; testId: string }) => {
  const { t } = useTranslation("solar360")
  return (
    <div className={`${className} rounded-md px-3 py-2`} data-testid={testId}>
      <Text size="xsmall" className="text-ui-fg-muted">
        {label}
      </Text>
      <Text size="small" className="whitespace-pre-wrap">
        {text ?? t("helio.detail.contentRemoved")}
      </Text>
    </div>
  )
}

/** The visitor's question and Helio's answer, as the conversation and the review queue show them. */
export const QuestionAndAnswer = ({ query }: { query: Pick<RagQuery, "query_text" | "response"> }) => {
  const { t } = useTranslation("solar360")
  return (
    <>
      <Turn label={t("helio.detail.question")} text={query.query_text} className="bg-ui-bg-subtle" testId="helio-turn-question" />
      <Turn label={t("helio.detail.answer")} text={query.response} className="bg-ui-bg-component" testId="helio-turn-answer" />
    </>
  )
}

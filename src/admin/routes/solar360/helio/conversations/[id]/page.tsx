import { ArrowLeft } from "@medusajs/icons"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { QuestionAndAnswer } from "../../../../../components/helio/question-and-answer"
import { QueryState } from "../../../../../components/query-state"
import { useHelioConversation, type HelioConversation, type RagQuery } from "../../../../../hooks/helio"
import { useFormatters } from "../../../../../lib/format"
import { DetailRow } from "../../../../../components/detail-row"


const linkClass = "text-ui-fg-interactive hover:underline"

/** One turn: the visitor's question, Helio's answer, its sources and what it cost. */
const Turn = ({ query, number }: { query: RagQuery; number: number }) => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const chunks = query.retrieved_chunks ?? []
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="helio-turn">
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" weight="plus">
          {t("helio.detail.turn", { number })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {fmt.dateTime(query.created_at)} · {query.llm_model ?? "–"}
        </Text>
        {query.flagged_for_review && (
          <Badge size="2xsmall" color="orange">
            {t("helio.detail.flagged", { reason: query.flag_reason ?? "–" })}
          </Badge>
        )}
        {query.reviewed_by_human && query.review_outcome && (
          <Badge size="2xsmall" color="green">
            {t("helio.detail.reviewed", { outcome: t(`helio.review.outcome.${query.review_outcome}`) })}
          </Badge>
        )}
      </div>
      <QuestionAndAnswer query={query} />
      <div className="grid grid-cols-1 gap-x-6 gap-y-1 md:grid-cols-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("helio.detail.tokens")}:{" "}
          {t("helio.detail.tokensValue", {
            total: fmt.integer(query.total_tokens),
            prompt: fmt.integer(query.prompt_tokens),
            completion: fmt.integer(query.completion_tokens),
          })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("helio.detail.cost")}: {fmt.usd(query.estimated_cost_usd)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("helio.detail.latency")}: {fmt.integer(query.total_response_time_ms)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("helio.detail.feedback")}:{" "}
          {query.user_feedback ? t(`helio.feedback.${query.user_feedback}`) : t("helio.detail.noFeedback")}
          {query.user_feedback_comment ? ` – “${query.user_feedback_comment}”` : ""}
        </Text>
      </div>
      <div>
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("helio.detail.sources")}
        </Text>
        {chunks.length ? (
          <ul className="list-disc pl-5">
            {chunks.map((chunk) => (
              <li key={chunk.id}>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {chunk.source ?? chunk.id}
                  {typeof chunk.score === "number" ? ` (${fmt.decimal(chunk.score)})` : ""}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("helio.detail.noSources")}
          </Text>
        )}
      </div>
    </div>
  )
}

/** One conversation: its figures, the records it is linked to, and the exchange turn by turn. */
const HelioConversationPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const { id } = useParams()
  const { data, isLoading, error, refetch } = useHelioConversation(id)
  const conversation = data?.conversation as HelioConversation | undefined
  const queries = (data?.queries ?? []) as RagQuery[]

  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/solar360/helio/conversations" className="text-ui-fg-subtle flex items-center gap-1 text-sm">
        <ArrowLeft /> {t("helio.detail.back")}
      </Link>
      <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()}>
        {conversation && (
          <>
            <Container className="divide-y p-0">
              <div className="flex items-center justify-between px-6 py-4">
                <Heading level="h1">{conversation.title ?? conversation.primary_topic ?? t("helio.list.untitled")}</Heading>
                <Badge size="small">{t(`helio.status.${conversation.status}`, { defaultValue: String(conversation.status) })}</Badge>
              </div>
              {conversation.summary && (
                <DetailRow label={t("helio.detail.summary")}>{conversation.summary}</DetailRow>
              )}
              <DetailRow label={t("helio.detail.messages")}>{fmt.integer(conversation.message_count)}</DetailRow>
              <DetailRow label={t("helio.detail.totalCost")}>{fmt.usd(conversation.total_cost_usd)}</DetailRow>
              <DetailRow label={t("helio.detail.avgLatency")}>{fmt.integer(conversation.avg_response_time_ms)}</DetailRow>
              <DetailRow label={t("helio.detail.satisfaction")}>
                {conversation.satisfaction_score === null || conversation.satisfaction_score === undefined
                  ? t("helio.detail.noFeedback")
                  : t("helio.detail.satisfactionValue", { score: fmt.integer(conversation.satisfaction_score) })}
              </DetailRow>
              <DetailRow label={t("helio.detail.topics")}>
                {Array.isArray(conversation.topics) && conversation.topics.length
                  ? (conversation.topics as string[]).join(", ")
                  : conversation.primary_topic ?? "–"}
              </DetailRow>
              {conversation.escalated_to_human && (
                <DetailRow label={t("helio.detail.escalation")}>{conversation.escalation_reason ?? "–"}</DetailRow>
              )}
            </Container>
            <Container className="divide-y p-0" data-testid="helio-links">
              <div className="px-6 py-4">
                <Heading level="h2">{t("helio.detail.links")}</Heading>
              </div>
              <DetailRow label={t("helio.detail.lead")}>
                {conversation.lead_id ? (
                  <Link to={`/solar360/leads/${conversation.lead_id}`} className={linkClass}>
                    {conversation.lead_id}
                  </Link>
                ) : (
                  t("helio.detail.none")
                )}
              </DetailRow>
              <DetailRow label={t("helio.detail.customer")}>
                {conversation.customer_id ? (
                  <Link to={`/customers/${conversation.customer_id}`} className={linkClass}>
                    {conversation.customer_id}
                  </Link>
                ) : (
                  t("helio.detail.none")
                )}
              </DetailRow>
              <DetailRow label={t("helio.detail.order")}>
                {conversation.order_id ? (
                  <Link to={`/orders/${conversation.order_id}`} className={linkClass}>
                    {conversation.order_id}
                    {conversation.order_value !== null && conversation.order_value !== undefined
                      ? ` (${fmt.currency(conversation.order_value)})`
                      : ""}
                  </Link>
                ) : (
                  t("helio.detail.none")
                )}
              </DetailRow>
            </Container>
            <Container className="divide-y p-0" data-testid="helio-exchange">
              <div className="px-6 py-4">
                <Heading level="h2">{t("helio.detail.exchange")}</Heading>
              </div>
              {queries.length ? (
                queries.map((query, index) => <Turn key={query.id} query={query} number={index + 1} />)
              ) : (
                <div className="px-6 py-4">
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("helio.detail.noQueries")}
                  </Text>
                </div>
              )}
            </Container>
          </>
        )}
      </QueryState>
    </div>
  )
}

export default HelioConversationPage

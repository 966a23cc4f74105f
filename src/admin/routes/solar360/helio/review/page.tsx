import { Badge, Button, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { HelioTabs } from "../../../../components/helio/helio-tabs"
import { QuestionAndAnswer } from "../../../../components/helio/question-and-answer"
import { QueryState } from "../../../../components/query-state"
import { REVIEW_PAGE_SIZE, useReviewQueue, useReviewRagQuery, type RagQuery, type ReviewOutcome } from "../../../../hooks/helio"
import { useFormatters } from "../../../../lib/format"

/** One flagged answer with the reviewer's three actions; "correct" asks for the corrected answer. */
const ReviewItem = ({ query }: { query: RagQuery }) => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const review = useReviewRagQuery()
  const [correcting, setCorrecting] = useState(false)
  const [corrected, setCorrected] = useState("")

  const submit = (outcome: ReviewOutcome, notes?: string) =>
    review.mutate(
      { id: query.id, outcome, notes },
      {
        onSuccess: () => toast.success(t("helio.review.done", { outcome: t(`helio.review.outcome.${outcome}`) })),
        onError: (error) => toast.error(t("helio.review.failed", { message: error.message })),
      }
    )

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="helio-review-item" data-query-id={query.id}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge size="2xsmall" color="orange">
          {t("helio.review.reason")}: {query.flag_reason ?? "–"}
        </Badge>
        <Text size="xsmall" className="text-ui-fg-muted">
          {fmt.dateTime(query.created_at)} · {t("helio.review.model")}: {query.llm_model ?? "–"}
        </Text>
        {query.conversation_id && (
          <Link to={`/solar360/helio/conversations/${query.conversation_id}`} className="text-ui-fg-interactive text-xs hover:underline">
            {t("helio.review.openConversation")}
          </Link>
        )}
      </div>
      <QuestionAndAnswer query={query} />
      {correcting ? (
        <div className="flex flex-col gap-2">
          <Label size="xsmall" htmlFor={`corrected-${query.id}`}>
            {t("helio.review.correctedAnswer")}
          </Label>
          <Textarea
            id={`corrected-${query.id}`}
            value={corrected}
            placeholder={t("helio.review.correctedPlaceholder")}
            onChange={(event) => setCorrected(event.target.value)}
          />
          <div className="flex gap-2">
            <Button
              size="small"
              onClick={() => submit("corrected", corrected.trim())}
              disabled={!corrected.trim()}
              isLoading={review.isPending}
            >
              {t("helio.review.saveCorrection")}
            </Button>
            <Button size="small" variant="secondary" onClick={() => setCorrecting(false)}>
              {t("helio.review.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex gap-2">
          <Button size="small" onClick={() => submit("approved")} isLoading={review.isPending}>
            {t("helio.review.approve")}
          </Button>
          <Button size="small" variant="secondary" onClick={() => setCorrecting(true)} disabled={review.isPending}>
            {t("helio.review.correct")}
          </Button>
          <Button size="small" variant="danger" onClick={() => submit("rejected")} disabled={review.isPending}>
            {t("helio.review.reject")}
          </Button>
        </div>
      )}
    </div>
  )
}

/**
 * The review queue (LGPD art. 20): flagged answers nobody has reviewed yet, oldest first. A
 * review goes through POST /rag-queries/:id/review, which clears the flag, so the answer leaves
 * the queue when the list reloads.
 */
const HelioReviewPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const [params, setParams] = useSearchParams()
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const queue = useReviewQueue(offset)
  const rows = (queue.data?.rag_queries ?? []) as RagQuery[]
  const count = queue.data?.count ?? 0
  const page = (next: number) =>
    setParams(
      (previous) => {
        const copy = new URLSearchParams(previous)
        if (next > 0) copy.set("offset", String(next))
        else copy.delete("offset")
        return copy
      },
      { replace: true }
    )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">
          {t("helio.review.title")} {queue.data ? `(${fmt.integer(count)})` : ""}
        </Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("helio.review.subtitle")}
        </Text>
      </div>
      <HelioTabs current="review" />
      <QueryState
        isLoading={queue.isLoading}
        error={queue.error}
        onRetry={() => queue.refetch()}
        isEmpty={rows.length === 0}
        emptyText={t("helio.review.empty")}
      >
        <div className="divide-y" data-testid="helio-review-queue">
          {rows.map((query) => (
            <ReviewItem key={query.id} query={query} />
          ))}
        </div>
        {count > REVIEW_PAGE_SIZE && (
          <div className="flex items-center justify-end gap-2 px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {fmt.integer(offset + 1)}–{fmt.integer(Math.min(offset + REVIEW_PAGE_SIZE, count))} {t("common.pagination.of")} {fmt.integer(count)}
            </Text>
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => page(Math.max(0, offset - REVIEW_PAGE_SIZE))}>
              {t("common.previous")}
            </Button>
            <Button size="small" variant="secondary" disabled={offset + REVIEW_PAGE_SIZE >= count} onClick={() => page(offset + REVIEW_PAGE_SIZE)}>
              {t("common.next")}
            </Button>
          </div>
        )}
      </QueryState>
    </Container>
  )
}

export default HelioReviewPage

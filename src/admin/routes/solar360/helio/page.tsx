import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { BarChart } from "../../../components/charts/bar-chart"
import { TimeSeriesChart, type TimeSeries } from "../../../components/charts/time-series-chart"
import { DateRangePicker } from "../../../components/date-range-picker"
import { HelioTabs } from "../../../components/helio/helio-tabs"
import { QueryState } from "../../../components/query-state"
import { StaticTable } from "../../../components/static-table"
import { StatTile } from "../../../components/stat-tile"
import { useHelioTimeseries, type HelioTimeseries } from "../../../hooks/helio"
import { useDateRange } from "../../../hooks/use-date-range"
import { useFormatters } from "../../../lib/format"

type Bucket = HelioTimeseries["buckets"][number]
type Model = HelioTimeseries["models"][number]

/**
 * The Helio dashboard: headline tiles against the comparison period, the series over time
 * (volume, rates, cost, latency) and the range's topics and models. Every figure comes from
 * GET /helio/metrics/timeseries for the range in the URL.
 */
const HelioDashboardPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const range = useDateRange("30d")
  // The series has no hourly buckets: a day or two reads as daily points.
  const interval = range.interval === "week" ? "week" : "day"
  const current = useHelioTimeseries(range.range, interval)
  const previous = useHelioTimeseries(range.compareTo, interval)
  const data = current.data
  const before = range.compareTo ? previous.data : undefined

  const line = (key: string, label: string, pick: (bucket: Bucket) => number | null): TimeSeries[] => {
    const series: TimeSeries[] = [{ key, label, points: (data?.buckets ?? []).map((b) => ({ bucket: b.bucket, value: pick(b) })) }]
    if (before) {
      series.push({
        key: `${key}-comparison`,
        label: t("helio.series.comparison", { label }),
        comparison: true,
        points: before.buckets.map((b) => ({ bucket: b.bucket, value: pick(b) })),
      })
    }
    return series
  }
  const many = (entries: Array<[string, string, (bucket: Bucket) => number | null]>): TimeSeries[] =>
    entries.map(([key, label, pick]) => ({ key, label, points: (data?.buckets ?? []).map((b) => ({ bucket: b.bucket, value: pick(b) })) }))

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("helio.title")}</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {t("helio.subtitle")}
          </Text>
        </div>
        <DateRangePicker state={range} />
      </div>
      <HelioTabs current="dashboard" />
      <QueryState isLoading={current.isLoading} error={current.error} onRetry={() => current.refetch()}>
        {data && (
          <>
            <div className="flex flex-wrap divide-x">
              <StatTile id="helio-conversations" label={t("helio.tiles.conversations")} value={data.totals.conversations} previous={before?.totals.conversations} />
              <StatTile id="helio-resolution" label={t("helio.tiles.resolutionRate")} value={data.totals.resolution_rate} previous={before?.totals.resolution_rate} format="percent" />
              <StatTile id="helio-escalation" label={t("helio.tiles.escalationRate")} value={data.totals.escalation_rate} previous={before?.totals.escalation_rate} format="percent" lowerIsBetter />
              <StatTile id="helio-conversion" label={t("helio.tiles.conversionRate")} value={data.totals.conversion_rate} previous={before?.totals.conversion_rate} format="percent" />
              <StatTile id="helio-cost" label={t("helio.tiles.costPerConversation")} value={data.totals.cost_per_conversation_usd} previous={before?.totals.cost_per_conversation_usd} format="usd" lowerIsBetter />
              <StatTile id="helio-p95" label={t("helio.tiles.p95")} value={data.totals.latency_p95_ms} previous={before?.totals.latency_p95_ms} lowerIsBetter />
            </div>
            {data.totals.conversations === 0 && data.totals.queries === 0 ? (
              <div className="px-6 py-4">
                <Text size="small" className="text-ui-fg-subtle">
                  {t("helio.noData")}
                </Text>
              </div>
            ) : null}
            <div className="grid grid-cols-1 gap-6 px-6 py-4 xl:grid-cols-2">
              <TimeSeriesChart
                id="helio-volume"
                title={t("helio.charts.volume")}
                interval={interval}
                series={[
                  ...line("conversations", t("helio.series.conversations"), (b) => b.conversations),
                  ...many([["queries", t("helio.series.queries"), (b) => b.queries]]),
                ]}
              />
              <TimeSeriesChart
                id="helio-rates"
                title={t("helio.charts.rates")}
                interval={interval}
                format="percent"
                series={many([
                  ["completion", t("helio.series.completion"), (b) => b.completion_rate],
                  ["resolution", t("helio.series.resolution"), (b) => b.resolution_rate],
                  ["escalation", t("helio.series.escalation"), (b) => b.escalation_rate],
                  ["conversion", t("helio.series.conversion"), (b) => b.conversion_rate],
                ])}
              />
              <TimeSeriesChart
                id="helio-cost"
                title={t("helio.charts.cost")}
                interval={interval}
                format="usd"
                series={many([
                  ["per-conversation", t("helio.series.costPerConversation"), (b) => b.cost_per_conversation_usd],
                  ["per-resolved", t("helio.series.costPerResolved"), (b) => b.cost_per_resolved_conversation_usd],
                ])}
              />
              <TimeSeriesChart
                id="helio-latency"
                title={t("helio.charts.latency")}
                interval={interval}
                series={many([
                  ["p50", t("helio.series.p50"), (b) => b.latency_p50_ms],
                  ["p95", t("helio.series.p95"), (b) => b.latency_p95_ms],
                ])}
              />
              <BarChart
                id="helio-topics"
                title={t("helio.charts.topTopics")}
                horizontal
                rows={data.top_topics.map((row) => ({ label: row.topic, value: row.conversations }))}
              />
              <BarChart
                id="helio-models"
                title={t("helio.charts.modelCost")}
                horizontal
                format="usd"
                rows={data.models.map((row) => ({ label: row.llm_model, value: row.cost_usd }))}
              />
            </div>
            <div className="py-4">
              <Text weight="plus" size="small" className="px-6 pb-2">
                {t("helio.models.title")}
              </Text>
              <StaticTable<Model>
                rows={data.models}
                rowId={(row) => row.llm_model}
                emptyText={t("helio.noData")}
                columns={[
                  { id: "model", header: t("helio.models.model"), cell: (row) => row.llm_model },
                  { id: "queries", header: t("helio.models.queries"), cell: (row) => fmt.integer(row.queries), align: "right" },
                  { id: "prompt", header: t("helio.models.promptTokens"), cell: (row) => fmt.integer(row.prompt_tokens), align: "right" },
                  { id: "completion", header: t("helio.models.completionTokens"), cell: (row) => fmt.integer(row.completion_tokens), align: "right" },
                  { id: "total", header: t("helio.models.totalTokens"), cell: (row) => fmt.integer(row.total_tokens), align: "right" },
                  { id: "cost", header: t("helio.models.cost"), cell: (row) => fmt.usd(row.cost_usd), align: "right" },
                ]}
              />
            </div>
          </>
        )}
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "helio.nav",
  translationNs: "solar360",
})

export default HelioDashboardPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { XMarkMini } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { AttributionSection } from "../../../components/analytics/attribution-section"
import { TimeSeriesChart } from "../../../components/charts/time-series-chart"
import { FunnelSection } from "../../../components/analytics/funnel-section"
import { DateRangePicker } from "../../../components/date-range-picker"
import { QueryState } from "../../../components/query-state"
import { StatTile } from "../../../components/stat-tile"
import { StaticTable } from "../../../components/static-table"
import {
  DASHBOARD_FILTERS,
  DEFAULT_FUNNEL_STEPS,
  useAnalyticsBreakdowns,
  useAnalyticsTimeseries,
  type AnalyticsBreakdowns,
  type DashboardFilterName,
  type DashboardFilters,
} from "../../../hooks/analytics"
import { useDateRange } from "../../../hooks/use-date-range"
import { useFormatters } from "../../../lib/format"

const METRICS = ["visitors", "sessions", "page_views", "events", "conversions", "revenue"] as const
type Metric = (typeof METRICS)[number]
const METRIC_LABEL: Record<Metric, string> = {
  visitors: "analytics.visitors",
  sessions: "analytics.sessions",
  page_views: "analytics.pageViews",
  events: "analytics.events",
  conversions: "analytics.conversions",
  revenue: "analytics.revenue",
}

/** Breakdown list → the filter a click on one of its rows adds. */
const BREAKDOWNS: Array<[keyof AnalyticsBreakdowns["breakdowns"], DashboardFilterName]> = [
  ["pages", "page"],
  ["entry_pages", "entry_page"],
  ["exit_pages", "exit_page"],
  ["referrers", "referrer"],
  ["channels", "channel"],
  ["utm_sources", "utm_source"],
  ["utm_mediums", "utm_medium"],
  ["utm_campaigns", "utm_campaign"],
  ["countries", "country"],
  ["regions", "region"],
  ["devices", "device"],
  ["browsers", "browser"],
  ["os", "os"],
]
const GEO_FILTERS: DashboardFilterName[] = ["country", "region"]

/** The dashboard's filters, kept in the URL beside the date range (a view can be shared). */
function useDashboardFilters() {
  const [params, setParams] = useSearchParams()
  const filters: DashboardFilters = {}
  for (const name of DASHBOARD_FILTERS) {
    const value = params.get(name)
    if (value) {
      filters[name] = value
    }
  }
  const set = (name: DashboardFilterName, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (value === null) {
          next.delete(name)
        } else {
          next.set(name, value)
        }
        return next
      },
      { replace: true }
    )
  return { filters, set }
}

/** One breakdown: its rows are buttons that add a filter. */
const Breakdown = ({
  id,
  title,
  rows,
  label,
  onPick,
  empty,
}: {
  id: string
  title: string
  rows: Array<{ key: string; value: number }>
  label: (key: string) => string
  onPick: (key: string) => void
  empty: string
}) => {
  const format = useFormatters()
  const top = rows[0]?.value || 1
  return (
    <div className="flex min-w-[260px] flex-1 basis-[300px] flex-col gap-1 px-6 py-4" data-testid={`breakdown-${id}`}>
      <Text weight="plus" size="small">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {empty}
        </Text>
      ) : (
        <ul className="flex flex-col">
          {rows.map((row) => (
            <li key={row.key}>
              <button
                type="button"
                className="hover:bg-ui-bg-base-hover relative flex w-full items-center justify-between gap-2 rounded px-2 py-1 text-left"
                onClick={() => onPick(row.key)}
                data-testid={`breakdown-${id}-row`}
                data-key={row.key}
              >
                <span
                  className="bg-ui-tag-blue-bg absolute inset-y-0 left-0 rounded"
                  style={{ width: `${Math.round((row.value / top) * 100)}%` }}
                  aria-hidden="true"
                />
                <Text size="small" className="relative truncate">
                  {label(row.key)}
                </Text>
                <Text size="small" className="relative tabular-nums">
                  {format.integer(row.value)}
                </Text>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * The analytics dashboard (issue 16): headline figures with their change against a comparison
 * period, a chart over time, breakdowns whose rows filter the whole page, and the session
 * funnel. Range, comparison and filters live in the URL.
 */
const AnalyticsPage = () => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const dateRange = useDateRange("30d")
  const { filters, set: setFilter } = useDashboardFilters()
  const [metric, setMetric] = useState<Metric>("visitors")
  const query = { from: dateRange.range.from, to: dateRange.range.to, filters }
  const series = useAnalyticsTimeseries({ ...query, interval: dateRange.interval, compare: dateRange.compareTo })
  const breakdowns = useAnalyticsBreakdowns(query)
  const data = series.data
  const previous = data?.comparison?.totals
  const channelLabel = (key: string) => t(`analytics.channels.${key}`, { defaultValue: key })
  const metricFormat = metric === "revenue" ? "currency" : "integer"

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("analytics.title")}</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {data
              ? t("analytics.range", {
                  from: format.date(`${data.range.from}T12:00:00Z`),
                  to: format.date(`${data.range.to}T12:00:00Z`),
                  timeZone: data.range.time_zone,
                })
              : t("analytics.defaultRange")}
          </Text>
          <Text size="small">
            <Link to="/solar360/analytics/carts" className="text-ui-fg-interactive" data-testid="analytics-carts-link">
              {t("carts.link")}
            </Link>
          </Text>
        </div>
        <DateRangePicker state={dateRange} />
      </div>
      {Object.keys(filters).length > 0 && (
        <div className="flex flex-wrap items-center gap-2 px-6 py-3" data-testid="analytics-filters">
          <Text size="small" className="text-ui-fg-subtle">
            {t("analytics.filters")}
          </Text>
          {(Object.entries(filters) as Array<[DashboardFilterName, string]>).map(([name, value]) => {
            const shown = name === "channel" ? channelLabel(value) : value
            return (
              <Button
                key={name}
                size="small"
                variant="secondary"
                onClick={() => setFilter(name, null)}
                data-testid={`filter-chip-${name}`}
                aria-label={t("analytics.removeFilter", { name: t(`analytics.filterNames.${name}`), value: shown })}
              >
                {t(`analytics.filterNames.${name}`)}: {shown} <XMarkMini />
              </Button>
            )
          })}
        </div>
      )}
      <QueryState isLoading={series.isLoading} error={series.error} onRetry={() => series.refetch()}>
        {data && (
          <>
            <div className="flex flex-wrap divide-x" data-testid="analytics-tiles">
              <StatTile id="visitors" label={t("analytics.visitors")} value={data.totals.visitors} previous={previous?.visitors} />
              <StatTile id="sessions" label={t("analytics.sessions")} value={data.totals.sessions} previous={previous?.sessions} />
              <StatTile id="page_views" label={t("analytics.pageViews")} value={data.totals.page_views} previous={previous?.page_views} />
              <StatTile
                id="bounce_rate"
                label={t("analytics.bounceRate")}
                value={data.totals.bounce_rate}
                previous={previous?.bounce_rate}
                format="percent"
                lowerIsBetter
              />
              <StatTile id="conversions" label={t("analytics.conversions")} value={data.totals.conversions} previous={previous?.conversions} />
              <StatTile id="revenue" label={t("analytics.revenue")} value={data.totals.revenue} previous={previous?.revenue} format="currency" />
            </div>
            <div className="flex flex-col gap-3 px-6 py-4">
              <div className="flex flex-wrap gap-1" role="group" aria-label={t("analytics.metric")}>
                {METRICS.map((key) => (
                  <Button
                    key={key}
                    size="small"
                    variant={key === metric ? "primary" : "transparent"}
                    aria-pressed={key === metric}
                    onClick={() => setMetric(key)}
                    data-testid={`metric-${key}`}
                  >
                    {t(METRIC_LABEL[key])}
                  </Button>
                ))}
              </div>
              <TimeSeriesChart
                id="analytics-timeseries"
                title={t("analytics.overTime", { metric: t(METRIC_LABEL[metric]) })}
                interval={data.interval}
                format={metricFormat}
                series={[
                  {
                    key: metric,
                    label: t(METRIC_LABEL[metric]),
                    points: data.buckets.map((bucket) => ({ bucket: bucket.bucket, value: bucket[metric] })),
                  },
                  ...(data.comparison
                    ? [
                        {
                          key: `${metric}-comparison`,
                          label: t("analytics.previousPeriod", { metric: t(METRIC_LABEL[metric]) }),
                          comparison: true,
                          points: data.comparison.buckets.map((bucket) => ({ bucket: bucket.bucket, value: bucket[metric] })),
                        },
                      ]
                    : []),
                ]}
              />
            </div>
          </>
        )}
      </QueryState>
      <div>
        <Text size="small" className="text-ui-fg-subtle px-6 pt-4">
          {t("analytics.filterHint")}
        </Text>
        <QueryState isLoading={breakdowns.isLoading} error={breakdowns.error} onRetry={() => breakdowns.refetch()}>
          {breakdowns.data && (
            <div className="flex flex-wrap">
              {BREAKDOWNS.filter(([, filter]) => !filters[filter]).map(([list, filter]) => (
                <Breakdown
                  key={list}
                  id={list}
                  title={t(`analytics.breakdowns.${list}`)}
                  rows={breakdowns.data.breakdowns[list]}
                  label={filter === "channel" ? channelLabel : (key) => key}
                  onPick={(key) => setFilter(filter, key)}
                  empty={
                    GEO_FILTERS.includes(filter) && !breakdowns.data.geo_configured
                      ? t("analytics.notConfigured")
                      : t("analytics.noData")
                  }
                />
              ))}
            </div>
          )}
        </QueryState>
      </div>
      <FunnelSection range={dateRange.range} steps={DEFAULT_FUNNEL_STEPS} />
      <AttributionSection range={dateRange.range} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "analytics.nav",
  translationNs: "solar360",
})

export default AnalyticsPage

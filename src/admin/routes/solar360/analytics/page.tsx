import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../../../components/query-state"
import { StaticTable } from "../../../components/static-table"
import {
  DEFAULT_FUNNEL_STEPS,
  useAnalyticsFunnel,
  useAnalyticsOverview,
  type AnalyticsFilters,
  type AnalyticsFunnel,
} from "../../../hooks/analytics"
import { useFormatters } from "../../../lib/format"

type RankRow = { label: string; value: number }

/** A two-column ranking (label, figure). */
const Ranking = ({ title, rows }: { title: string; rows: RankRow[] }) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  return (
    <div className="min-w-[240px] flex-1">
      <Text weight="plus" size="small" className="px-6 pt-4">
        {title}
      </Text>
      <StaticTable<RankRow>
        rows={rows}
        rowId={(row) => row.label}
        emptyText={t("analytics.noData")}
        columns={[
          { id: "label", header: t("analytics.value"), cell: (row) => <span className="block max-w-[220px] truncate">{row.label}</span> },
          { id: "value", header: t("analytics.count"), cell: (row) => format.integer(row.value), align: "right" },
        ]}
      />
    </div>
  )
}

/** Traffic overview and a session funnel for a range of days; bots excluded. */
const AnalyticsPage = () => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  // The inputs are a draft; the reports load for the applied filters (the button), not on
  // every keystroke.
  const [draft, setDraft] = useState<AnalyticsFilters>({ from: "", to: "", steps: DEFAULT_FUNNEL_STEPS })
  const [applied, setApplied] = useState<AnalyticsFilters>(draft)
  const overview = useAnalyticsOverview(applied)
  const funnel = useAnalyticsFunnel(applied)
  const data = overview.data

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
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
      </div>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2 px-6 py-4">
        <div>
          <Label size="small">{t("analytics.from")}</Label>
          <Input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div>
          <Label size="small">{t("analytics.to")}</Label>
          <Input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="min-w-[320px] flex-1">
          <Label size="small">{t("analytics.steps")}</Label>
          <Input value={draft.steps} onChange={(e) => setDraft({ ...draft, steps: e.target.value })} />
        </div>
        <Button size="small" variant="secondary" onClick={() => setApplied(draft)} isLoading={overview.isFetching}>
          {t("analytics.update")}
        </Button>
      </div>
      <QueryState isLoading={overview.isLoading} error={overview.error} onRetry={() => overview.refetch()}>
        {data && (
          <>
            <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-5">
              {[
                [t("analytics.pageViews"), format.integer(data.totals.page_views)],
                [t("analytics.uniqueVisitors"), format.integer(data.totals.unique_visitors)],
                [t("analytics.sessions"), format.integer(data.totals.sessions)],
                [t("analytics.bounce"), format.percent(data.bounce.bounce_rate)],
                [t("analytics.events"), format.integer(data.totals.events)],
              ].map(([label, value]) => (
                <div key={label}>
                  <Text size="small" className="text-ui-fg-subtle">
                    {label}
                  </Text>
                  <Heading level="h2">{value}</Heading>
                </div>
              ))}
            </div>
            <div className="flex flex-wrap">
              <Ranking title={t("analytics.topPages")} rows={data.top_pages.map((r) => ({ label: r.path, value: r.page_views }))} />
              <Ranking title={t("analytics.topReferrers")} rows={data.top_referrers.map((r) => ({ label: r.referrer, value: r.page_views }))} />
              <Ranking title={t("analytics.utmSources")} rows={data.utm.source.map((r) => ({ label: r.value, value: r.sessions }))} />
              <Ranking title={t("analytics.devices")} rows={data.devices.map((r) => ({ label: r.device_type, value: r.visitors }))} />
              <Ranking title={t("analytics.browsers")} rows={data.browsers.map((r) => ({ label: r.browser, value: r.visitors }))} />
            </div>
          </>
        )}
      </QueryState>
      <QueryState isLoading={funnel.isLoading} error={funnel.error} onRetry={() => funnel.refetch()}>
        {funnel.data && <FunnelTable funnel={funnel.data} />}
      </QueryState>
    </Container>
  )
}

const FunnelTable = ({ funnel }: { funnel: AnalyticsFunnel }) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  return (
    <div className="py-4">
      <Text weight="plus" size="small" className="px-6 pb-2">
        {t("analytics.funnel", { rate: format.percent(funnel.overall_conversion) })}
      </Text>
      <StaticTable<AnalyticsFunnel["steps"][number]>
        rows={funnel.steps}
        rowId={(row) => String(row.step)}
        columns={[
          { id: "step", header: t("analytics.step"), cell: (row) => `${row.step}. ${row.name}` },
          { id: "sessions", header: t("analytics.sessions"), cell: (row) => format.integer(row.sessions), align: "right" },
          { id: "previous", header: t("analytics.fromPrevious"), cell: (row) => format.percent(row.conversion_from_previous), align: "right" },
          { id: "start", header: t("analytics.fromStart"), cell: (row) => format.percent(row.conversion_from_start), align: "right" },
        ]}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "analytics.nav",
  translationNs: "solar360",
})

export default AnalyticsPage

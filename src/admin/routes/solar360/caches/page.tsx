import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { TimeSeriesChart } from "../../../components/charts/time-series-chart"
import { DateRangePicker } from "../../../components/date-range-picker"
import { QueryState } from "../../../components/query-state"
import { StatTile } from "../../../components/stat-tile"
import { StaticTable } from "../../../components/static-table"
import { useCacheStats, useCacheTimeseries, usePurgeCache, type CacheTimeseries } from "../../../hooks/calculators"
import { useDateRange } from "../../../hooks/use-date-range"
import { useFormatters } from "../../../lib/format"

type Kind = CacheTimeseries["kinds"][number]
type EntryRow = { kind: "aneel" | "pvlib"; entries: number; live: number; expired: number }

/** One cache kind: its totals over the range and its figures per day or week. */
const KindSection = ({ kind, interval }: { kind: Kind; interval: "day" | "week" }) => {
  const { t } = useTranslation("solar360")
  const series = (key: "calls_avoided" | "upstream_calls" | "stale_serves" | "errors", label: string) => ({
    key,
    label,
    points: kind.points.map((point) => ({ bucket: point.bucket, value: point[key] })),
  })
  return (
    <div className="py-2" data-testid={`cache-kind-${kind.kind}`}>
      <Heading level="h2" className="px-6 pt-4">
        {t(`caches.kinds.${kind.kind}`)}
      </Heading>
      <div className="flex flex-wrap">
        <StatTile id={`${kind.kind}-hit-rate`} label={t("caches.hitRate")} value={kind.totals.hit_rate} format="percent" />
        <StatTile id={`${kind.kind}-calls-avoided`} label={t("caches.callsAvoided")} value={kind.totals.calls_avoided} />
        <StatTile id={`${kind.kind}-stale`} label={t("caches.staleServes")} value={kind.records_errors ? kind.totals.stale_serves : null} />
        <StatTile id={`${kind.kind}-errors`} label={t("caches.errors")} value={kind.records_errors ? kind.totals.errors : null} lowerIsBetter />
        <StatTile id={`${kind.kind}-money`} label={t("caches.moneySaved")} value={kind.totals.money_saved} format="decimal" />
      </div>
      <Text size="xsmall" className="px-6 text-ui-fg-muted">
        {kind.records_errors ? "" : t("caches.notRecorded")} {kind.price_per_call === 0 ? t("caches.free") : ""}
      </Text>
      <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-2">
        <TimeSeriesChart
          id={`cache-${kind.kind}`}
          title={t(`caches.kinds.${kind.kind}`)}
          interval={interval}
          series={[
            series("calls_avoided", t("caches.callsAvoided")),
            series("upstream_calls", t("caches.upstreamCalls")),
            ...(kind.records_errors ? [series("stale_serves", t("caches.staleServes")), series("errors", t("caches.errors"))] : []),
          ]}
        />
        <TimeSeriesChart
          id={`cache-${kind.kind}-hit-rate`}
          title={t("caches.hitRate")}
          interval={interval}
          format="percent"
          series={[{ key: "hit_rate", label: t("caches.hitRate"), points: kind.points.map((point) => ({ bucket: point.bucket, value: point.hit_rate })) }]}
        />
      </div>
    </div>
  )
}

/** The caches over time (per UTC day or week) and their current entries, with a purge per cache. */
const CachesPage = () => {
  const { t } = useTranslation("solar360")
  const prompt = usePrompt()
  const fmt = useFormatters()
  const dates = useDateRange("30d")
  const interval = dates.interval === "week" ? "week" : "day"
  const timeseries = useCacheTimeseries(dates.range, interval)
  const stats = useCacheStats()
  const purge = usePurgeCache()

  const entries: EntryRow[] = (["aneel", "pvlib"] as const).map((kind) => {
    const rows = (stats.data?.caches ?? []).filter((row) => row.table === `${kind}_cache`)
    return {
      kind,
      entries: rows.reduce((sum, row) => sum + row.entries, 0),
      live: rows.reduce((sum, row) => sum + row.live, 0),
      expired: rows.reduce((sum, row) => sum + row.expired, 0),
    }
  })

  const onPurge = async (kind: "aneel" | "pvlib") => {
    const confirmed = await prompt({
      title: t("caches.purgeTitle", { kind: t(`caches.kinds.${kind}`) }),
      description: t("caches.purgeDescription"),
      confirmText: t("caches.purge"),
      cancelText: t("caches.cancel"),
    })
    if (confirmed) {
      purge.mutate(
        { kind },
        {
          onSuccess: (result) => toast.success(t("caches.purged", { count: result.deleted })),
          onError: (error) => toast.error(error.message),
        }
      )
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("caches.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("caches.subtitle", { interval: t(`caches.interval.${interval}`) })}
        </Text>
      </div>
      <div className="px-6 py-4">
        <DateRangePicker state={dates} withComparison={false} />
      </div>
      <QueryState isLoading={timeseries.isLoading} error={timeseries.error} onRetry={() => timeseries.refetch()}>
        {timeseries.data?.kinds.map((kind) => <KindSection key={kind.kind} kind={kind} interval={interval} />)}
      </QueryState>
      <div className="py-4">
        <Text weight="plus" size="small" className="px-6 pb-2">
          {t("caches.entries")}
        </Text>
        <QueryState isLoading={stats.isLoading} error={stats.error} onRetry={() => stats.refetch()}>
          <StaticTable<EntryRow>
            rows={entries}
            rowId={(row) => row.kind}
            columns={[
              { id: "kind", header: t("caches.title"), cell: (row) => t(`caches.kinds.${row.kind}`) },
              { id: "entries", header: t("caches.entries"), align: "right", cell: (row) => <span data-testid={`cache-entries-${row.kind}`} data-value={row.entries}>{fmt.integer(row.entries)}</span> },
              { id: "live", header: t("caches.live"), align: "right", cell: (row) => fmt.integer(row.live) },
              { id: "expired", header: t("caches.expired"), align: "right", cell: (row) => fmt.integer(row.expired) },
              {
                id: "purge",
                header: "",
                align: "right",
                cell: (row) => (
                  <Button size="small" variant="danger" data-testid={`purge-${row.kind}`} isLoading={purge.isPending && purge.variables?.kind === row.kind} onClick={() => onPurge(row.kind)}>
                    {t("caches.purge")}
                  </Button>
                ),
              },
            ]}
          />
        </QueryState>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "caches.title",
  translationNs: "solar360",
})

export default CachesPage

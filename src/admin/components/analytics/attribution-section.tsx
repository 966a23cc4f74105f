import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  ATTRIBUTION_GROUPS,
  ATTRIBUTION_MAX_DAYS,
  useAnalyticsAttribution,
  type AttributionGroup,
  type AttributionRow,
} from "../../hooks/analytics-attribution"
import { daysInRange } from "../../lib/date-range"
import { useFormatters } from "../../lib/format"
import { BarChart } from "../charts/bar-chart"
import { QueryState } from "../query-state"
import { StaticTable } from "../static-table"

const GROUP_LABEL: Record<AttributionGroup, string> = {
  channel: "attribution.groups.channel",
  utm_campaign: "attribution.groups.utm_campaign",
  utm_source: "attribution.groups.utm_source",
  utm_medium: "attribution.groups.utm_medium",
}

type TableRow = AttributionRow & { total?: boolean }

/**
 * "Revenue by campaign / channel" on the Analytics page (issue 16): visits, orders, revenue and
 * leads per channel group or UTM value over the page's date range (the page's filters do not
 * apply), as a bar chart of revenue and a table with the totals of every group.
 */
export const AttributionSection = ({ range }: { range: { from: string; to: string } }) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const [groupBy, setGroupBy] = useState<AttributionGroup>("channel")
  const tooLong = daysInRange(range) > ATTRIBUTION_MAX_DAYS
  const report = useAnalyticsAttribution({ ...range, groupBy }, !tooLong)
  const label = (key: string | null) =>
    key === null
      ? t(`attribution.none.${groupBy}`)
      : groupBy === "channel"
        ? t(`analytics.channels.${key}`, { defaultValue: key })
        : key
  const rows: TableRow[] = report.data
    ? [...report.data.rows, { key: null, ...report.data.totals, total: true }]
    : []

  return (
    <section className="flex flex-col gap-3 py-4" data-testid="analytics-attribution">
      <div className="flex flex-wrap items-end justify-between gap-3 px-6">
        <div>
          <Text weight="plus">{t("attribution.title")}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("attribution.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap gap-1" role="group" aria-label={t("attribution.groupBy")}>
          {ATTRIBUTION_GROUPS.map((key) => (
            <Button
              key={key}
              size="small"
              variant={key === groupBy ? "primary" : "transparent"}
              aria-pressed={key === groupBy}
              onClick={() => setGroupBy(key)}
              data-testid={`attribution-group-${key}`}
            >
              {t(GROUP_LABEL[key])}
            </Button>
          ))}
        </div>
      </div>
      {tooLong ? (
        <Text size="small" className="text-ui-fg-subtle px-6" data-testid="attribution-too-long">
          {t("attribution.tooLong", { days: ATTRIBUTION_MAX_DAYS })}
        </Text>
      ) : (
        <QueryState
          isLoading={report.isLoading}
          error={report.error}
          onRetry={() => report.refetch()}
          isEmpty={report.data !== undefined && report.data.rows.length === 0}
          emptyText={t("analytics.noData")}
        >
          {report.data && (
            <>
              <div className="px-6">
                <BarChart
                  id="analytics-attribution"
                  title={t("attribution.revenueBy", { group: t(GROUP_LABEL[groupBy]) })}
                  rows={report.data.rows.map((row) => ({ label: label(row.key), value: row.revenue }))}
                  format="currency"
                  horizontal
                  height={Math.max(160, 32 * report.data.rows.length)}
                />
              </div>
              <div data-testid="attribution-table">
                <StaticTable<TableRow>
                  rows={rows}
                  rowId={(row, index) => (row.total ? "total" : `${index}:${row.key ?? ""}`)}
                  columns={[
                    {
                      id: "key",
                      header: t(GROUP_LABEL[groupBy]),
                      cell: (row) => (
                        <span data-testid={row.total ? "attribution-total" : "attribution-row"} data-key={row.key ?? ""}>
                          {row.total ? t("attribution.total") : label(row.key)}
                        </span>
                      ),
                    },
                    { id: "sessions", header: t("analytics.sessions"), cell: (row) => format.integer(row.sessions), align: "right" },
                    { id: "orders", header: t("attribution.orders"), cell: (row) => format.integer(row.orders), align: "right" },
                    { id: "revenue", header: t("analytics.revenue"), cell: (row) => format.currency(row.revenue), align: "right" },
                    {
                      id: "conversion_rate",
                      header: t("attribution.conversionRate"),
                      // Without visits (unattributed orders, leads only) a rate means nothing.
                      cell: (row) => (row.sessions > 0 ? format.percent(row.conversion_rate) : "–"),
                      align: "right",
                    },
                    {
                      id: "revenue_per_session",
                      header: t("attribution.revenuePerSession"),
                      cell: (row) => (row.sessions > 0 ? format.currency(row.revenue_per_session) : "–"),
                      align: "right",
                    },
                    { id: "leads_captured", header: t("attribution.leadsCaptured"), cell: (row) => format.integer(row.leads_captured), align: "right" },
                    { id: "leads_converted", header: t("attribution.leadsConverted"), cell: (row) => format.integer(row.leads_converted), align: "right" },
                    {
                      id: "lead_conversion_value",
                      header: t("attribution.leadValue"),
                      cell: (row) => format.currency(row.lead_conversion_value),
                      align: "right",
                    },
                  ]}
                />
              </div>
            </>
          )}
        </QueryState>
      )}
    </section>
  )
}

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { BarChart } from "../../../components/charts/bar-chart"
import { QueryState } from "../../../components/query-state"
import { StatTile } from "../../../components/stat-tile"
import { StaticTable } from "../../../components/static-table"
import { useDataHealth, type TableHealth } from "../../../hooks/health"
import { baselineMean } from "../../../../lib/health"
import { useFormatters } from "../../../lib/format"

/** What the plugin's tables hold, how fast they grow, and the data-health alerts of yesterday. */
const DataHealthPage = () => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const report = useDataHealth()
  const data = report.data
  const day = data ? format.date(`${data.day}T12:00:00Z`) : ""
  const bySize = data ? [...data.tables].sort((a, b) => b.bytes - a.bytes) : []
  const retentionDue = data ? data.tables.reduce((sum, table) => sum + (table.retention_due ?? 0), 0) : 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("health.title")}</Heading>
          {data ? (
            <Text className="text-ui-fg-subtle" size="small">
              {t("health.subtitle", { day, timeZone: data.time_zone })}
            </Text>
          ) : null}
        </div>
        <QueryState isLoading={report.isLoading} error={report.error} onRetry={() => report.refetch()}>
          {data ? (
            <>
              <div className="flex flex-wrap divide-x" data-testid="health-tiles">
                <StatTile id="size" label={t("health.totalSize")} value={data.total_bytes} format="bytes" />
                <StatTile id="tables" label={t("health.tableCount")} value={data.tables.length} />
                <StatTile id="retention" label={t("health.retentionDue")} value={retentionDue} />
                <StatTile id="assistant-cost" label={t("health.assistantCost", { day })} value={data.helio_cost_usd} format="usd" />
              </div>
              <div className="flex flex-col gap-2 px-6 py-4" data-testid="health-alerts">
                <Text weight="plus" size="small">
                  {t("health.alerts", { day })}
                </Text>
                {data.alerts.length === 0 ? (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("health.noAlerts", { day })}
                  </Text>
                ) : (
                  data.alerts.map((alert) => (
                    <div key={alert.key} className="flex items-center gap-2" data-testid={`health-alert-${alert.kind}`}>
                      <Badge color="orange" size="2xsmall">
                        {alert.subject}
                      </Badge>
                      <Text size="small">{alert.message}</Text>
                    </div>
                  ))
                )}
              </div>
            </>
          ) : null}
        </QueryState>
      </Container>
      {data ? (
        <>
          <Container className="px-6 py-4">
            <BarChart
              id="table-sizes"
              title={t("health.sizeChart")}
              rows={bySize.slice(0, 10).map((table) => ({ label: table.table, value: table.bytes / 1_000_000 }))}
              format="decimal"
              horizontal
              height={280}
            />
          </Container>
          <Container className="p-0" data-testid="health-tables">
            <StaticTable<TableHealth>
              rows={bySize}
              rowId={(row) => row.table}
              columns={[
                { id: "table", header: t("health.table"), cell: (row) => <code className="text-xs">{row.table}</code> },
                {
                  id: "rows",
                  header: t("health.rows"),
                  align: "right",
                  cell: (row) => (row.rows_estimated ? t("health.estimated", { rows: format.integer(row.rows) }) : format.integer(row.rows)),
                },
                { id: "size", header: t("health.size"), align: "right", cell: (row) => format.bytes(row.bytes) },
                {
                  id: "yesterday",
                  header: t("health.yesterday", { day }),
                  align: "right",
                  cell: (row) => format.integer(row.rows_per_day[row.rows_per_day.length - 1] ?? 0),
                },
                { id: "average", header: t("health.average"), align: "right", cell: (row) => format.decimal(baselineMean(row.rows_per_day, row.rows_per_day.length - 1)) },
                { id: "today", header: t("health.today"), align: "right", cell: (row) => format.integer(row.rows_today) },
                { id: "oldest", header: t("health.oldest"), cell: (row) => format.date(row.oldest_created_at) },
                {
                  id: "retention",
                  header: t("health.retention"),
                  align: "right",
                  cell: (row) => (row.retention_due === null ? t("health.noRule") : format.integer(row.retention_due)),
                },
              ]}
            />
          </Container>
        </>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "health.title",
  translationNs: "solar360",
})

export default DataHealthPage

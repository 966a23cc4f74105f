import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { QueryState } from "../../components/query-state"
import { StaticTable } from "../../components/static-table"
import { useSolar360Stats, type EntityStats } from "../../hooks/stats"
import { useFormatters } from "../../lib/format"

/** Overview of the plugin's data sets: how much each holds and how fresh it is. */
const Solar360OverviewPage = () => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const stats = useSolar360Stats()

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("overview.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("overview.subtitle")}
        </Text>
      </div>
      <QueryState
        isLoading={stats.isLoading}
        error={stats.error}
        onRetry={() => stats.refetch()}
        isEmpty={stats.data?.stats.length === 0}
      >
        <StaticTable<EntityStats>
          rows={stats.data?.stats ?? []}
          rowId={(row) => row.entity}
          columns={[
            {
              id: "entity",
              header: t("overview.dataSet"),
              cell: (row) => t(`overview.entities.${row.entity}`, { defaultValue: row.entity }),
            },
            { id: "count", header: t("overview.records"), cell: (row) => format.integer(row.count), align: "right" },
            {
              id: "latest",
              header: t("overview.latest"),
              cell: (row) => format.dateTime(row.latest_created_at as string | null),
            },
          ]}
        />
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "overview.nav",
  icon: ChartBar,
  translationNs: "solar360",
})

export default Solar360OverviewPage

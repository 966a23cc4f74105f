import {
  Container,
  Heading,
  Input,
  Label,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { BarChart } from "../../../../components/charts/bar-chart"
import { DateRangePicker } from "../../../../components/date-range-picker"
import { QueryState } from "../../../../components/query-state"
import { ListTable } from "../../../../components/list-table"
import { StaticTable } from "../../../../components/static-table"
import {
  useViabilityAnalyses,
  useViabilityDistribution,
  type ViabilityAnalysis,
  type ViabilityDistribution,
} from "../../../../hooks/calculators"
import { useDateRange } from "../../../../hooks/use-date-range"
import { useFormatters } from "../../../../lib/format"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<ViabilityAnalysis>()

type StateRow = ViabilityDistribution["by_state"][number]

/** Viability analyses of a range: sizes and paybacks by UF, and the list. */
const ViabilityPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const navigate = useNavigate()
  const dates = useDateRange("30d")
  const [uf, setUf] = useState("")
  const state = /^[A-Za-z]{2}$/.test(uf) ? uf.toUpperCase() : undefined
  const [page, setPage] = useState(0)
  const distribution = useViabilityDistribution(dates.range, state)
  const list = useViabilityAnalyses({
    // Calendar days in the report time zone, as the distribution beside it counts them.
    from: dates.range.from,
    to: dates.range.to,
    state,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    order: "-created_at",
  })
  const data = distribution.data

  const columns = useMemo(
    () => [
      column.accessor("created_at", { header: t("calculators.viability.created"), cell: ({ getValue }) => fmt.dateTime(getValue() as string) }),
      column.accessor("state", { header: t("calculators.viability.state"), cell: ({ getValue }) => (getValue() as string | null) ?? "–" }),
      column.accessor("city", { header: t("calculators.viability.city"), cell: ({ getValue }) => (getValue() as string | null) ?? "–" }),
      column.accessor("system_size_kwp", { header: t("calculators.viability.size"), cell: ({ getValue }) => fmt.decimal(getValue() as number) }),
      column.accessor("payback_years", { header: t("calculators.viability.payback"), cell: ({ getValue }) => fmt.decimal(getValue() as number) }),
      column.accessor("viability_score", { header: t("calculators.viability.score"), cell: ({ getValue }) => fmt.integer(getValue() as number) }),
      column.accessor("recommendation", { header: t("calculators.viability.recommendation"), cell: ({ getValue }) => (getValue() as string | null) ?? "–" }),
    ],
    [t, fmt]
  )
  const table = useDataTable({
    data: (list.data?.solar_viability_analyses ?? []) as ViabilityAnalysis[],
    columns,
    getRowId: (row) => row.id,
    rowCount: list.data?.count ?? 0,
    isLoading: list.isLoading,
    onRowClick: (_event, row) => navigate(`/solar360/calculators/viability/${row.id}`),
    pagination: { state: { pageIndex: page, pageSize: PAGE_SIZE }, onPaginationChange: (next) => setPage(next.pageIndex) },
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("calculators.viability.title")}</Heading>
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <DateRangePicker state={dates} withComparison={false} />
        <div>
          <Label size="small" htmlFor="viability-state">
            {t("calculators.viability.state")}
          </Label>
          <Input
            id="viability-state"
            className="w-[120px]"
            maxLength={2}
            placeholder={t("calculators.viability.allStates")}
            value={uf}
            onChange={(event) => {
              setUf(event.target.value)
              setPage(0)
            }}
          />
        </div>
      </div>
      <QueryState isLoading={distribution.isLoading} error={distribution.error} onRetry={() => distribution.refetch()}>
        {data && (
          <>
            <div className="grid grid-cols-1 gap-6 px-6 py-4 md:grid-cols-2">
              <BarChart
                id="viability-sizes"
                title={t("calculators.viability.sizes")}
                rows={data.size_buckets.map((bucket, index) => ({ label: bucket.label, value: data.total.system_size[index] }))}
              />
              <BarChart
                id="viability-paybacks"
                title={t("calculators.viability.paybacks")}
                rows={[
                  ...data.payback_buckets.map((bucket, index) => ({ label: bucket.label, value: data.total.payback[index] })),
                  { label: t("calculators.viability.noPayback"), value: data.total.no_payback },
                ]}
              />
            </div>
            <div className="py-4" data-testid="viability-by-state">
              <Text weight="plus" size="small" className="px-6 pb-2">
                {t("calculators.viability.byState")}
              </Text>
              <StaticTable<StateRow>
                rows={data.by_state}
                rowId={(row) => row.state ?? "-"}
                emptyText={t("calculators.noData")}
                columns={[
                  { id: "state", header: t("calculators.viability.state"), cell: (row) => row.state ?? "–" },
                  { id: "count", header: t("calculators.viability.count"), align: "right", cell: (row) => fmt.integer(row.count) },
                  { id: "size", header: t("calculators.viability.avgSize"), align: "right", cell: (row) => fmt.decimal(row.avg_system_size_kwp) },
                  { id: "payback", header: t("calculators.viability.avgPayback"), align: "right", cell: (row) => fmt.decimal(row.avg_payback_years) },
                  ...data.size_buckets.map((bucket, index) => ({
                    id: `size-${index}`,
                    header: bucket.label,
                    align: "right" as const,
                    cell: (row: StateRow) => fmt.integer(row.system_size[index]),
                  })),
                ]}
              />
            </div>
          </>
        )}
      </QueryState>
      <div className="py-4">
        <Text weight="plus" size="small" className="px-6 pb-2">
          {t("calculators.viability.list")}
        </Text>
        <ListTable
          table={table}
          error={list.error}
          onRetry={() => list.refetch()}
          empty={t("calculators.viability.empty")}
          withFilters={false}
        />
      </div>
    </Container>
  )
}

export default ViabilityPage

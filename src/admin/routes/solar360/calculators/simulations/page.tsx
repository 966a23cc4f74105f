import {
  Container,
  Heading,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  useDataTable,
  type DataTableFilteringState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { SimulationStatusBadge } from "../../../../components/calculators/simulation-status-badge"
import { ListTable } from "../../../../components/list-table"
import {
  SIMULATION_STATUSES,
  SIMULATIONS_PAGE_SIZE,
  useFinancingSimulations,
  type FinancingSimulation,
} from "../../../../hooks/calculators"
import { useFormatters } from "../../../../lib/format"

const column = createDataTableColumnHelper<FinancingSimulation>()
const filter = createDataTableFilterHelper<FinancingSimulation>()

/** Every financing simulation, newest first, filtered by status and acceptance. */
const SimulationsPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const navigate = useNavigate()
  // A link may open the list filtered (`?status=pending`, from the funnel or a bookmark).
  const [params] = useSearchParams()
  const [filtering, setFiltering] = useState<DataTableFilteringState>(() =>
    params.getAll("status").length ? { status: params.getAll("status") } : {}
  )
  const [page, setPage] = useState(0)
  const status = (filtering.status as string[] | undefined) ?? []
  const accepted = filtering.accepted_by_customer as string | undefined

  const { data, isLoading, error, refetch } = useFinancingSimulations({
    status: status.length ? status : undefined,
    accepted_by_customer: accepted,
    limit: SIMULATIONS_PAGE_SIZE,
    offset: page * SIMULATIONS_PAGE_SIZE,
    order: "-created_at",
  })

  const columns = useMemo(
    () => [
      column.accessor("created_at", { header: t("calculators.simulations.created"), cell: ({ getValue }) => fmt.dateTime(getValue() as string) }),
      column.accessor("status", { header: t("calculators.simulations.status"), cell: ({ getValue }) => <SimulationStatusBadge status={getValue() as string} /> }),
      column.accessor("financing_amount", { header: t("calculators.simulations.amount"), cell: ({ getValue }) => fmt.currency(getValue() as number) }),
      column.accessor("term_months", { header: t("calculators.simulations.term"), cell: ({ getValue }) => t("calculators.termMonths", { count: getValue() as number }) }),
      column.accessor("monthly_payment", { header: t("calculators.simulations.payment"), cell: ({ getValue }) => fmt.currency(getValue() as number) }),
      column.accessor("bank", { header: t("calculators.simulations.bank"), cell: ({ getValue }) => (getValue() as string | null) ?? "–" }),
      column.accessor("accepted_by_customer", {
        header: t("calculators.simulations.accepted"),
        cell: ({ getValue }) => (getValue() ? t("calculators.simulations.yes") : t("calculators.simulations.no")),
      }),
    ],
    [t, fmt]
  )

  const filters = useMemo(
    () => [
      filter.accessor("status", {
        type: "multiselect",
        label: t("calculators.simulations.status"),
        options: SIMULATION_STATUSES.map((value) => ({ value, label: t(`calculators.status.${value}`) })),
      }),
      filter.accessor("accepted_by_customer", {
        type: "radio",
        label: t("calculators.simulations.accepted"),
        options: [
          { value: "true", label: t("calculators.simulations.yes") },
          { value: "false", label: t("calculators.simulations.no") },
        ],
      }),
    ],
    [t]
  )

  const table = useDataTable({
    data: (data?.financing_simulations ?? []) as FinancingSimulation[],
    columns,
    filters,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_event, row) => navigate(`/solar360/calculators/simulations/${row.id}`),
    filtering: {
      state: filtering,
      onFilteringChange: (next) => {
        setFiltering(next)
        setPage(0)
      },
    },
    pagination: {
      state: { pageIndex: page, pageSize: SIMULATIONS_PAGE_SIZE },
      onPaginationChange: (next) => setPage(next.pageIndex),
    },
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("calculators.simulations.title")}</Heading>
      </div>
      <ListTable
        table={table}
        error={error}
        onRetry={() => refetch()}
        empty={t("calculators.simulations.empty")}
        emptyFiltered={t("calculators.simulations.emptyFiltered")}
      />
    </Container>
  )
}

export default SimulationsPage

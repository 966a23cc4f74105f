import {
  DataTable,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  createDataTableFilterHelper,
  useDataTable,
  type DataTableFilteringState,
  type DataTableRowSelectionState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { QueryState } from "../query-state"
import {
  LEAD_INTEREST_TYPES,
  LEAD_STATUSES,
  useAdminUsers,
  useLeads,
  userLabel,
  type Lead,
} from "../../hooks/leads"
import { useFormatters } from "../../lib/format"
import { BulkLeadDialog, type BulkAction } from "./bulk-lead-dialog"
import { LeadStatusBadge } from "./status-badge"
import { LEADS_PAGE_SIZE, useLeadFilters } from "./use-lead-filters"

const column = createDataTableColumnHelper<Lead>()
const filter = createDataTableFilterHelper<Lead>()
const command = createDataTableCommandHelper()

/** The lead list: filters, search and page in the URL, row selection for bulk changes. */
export function LeadList() {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const navigate = useNavigate()
  const state = useLeadFilters()
  const users = useAdminUsers()
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [bulk, setBulk] = useState<{ action: BulkAction; ids: string[] } | null>(null)

  const { data, isLoading, error, refetch } = useLeads({
    ...state.apiFilters,
    status: state.status.length ? state.status : undefined,
    limit: LEADS_PAGE_SIZE,
    offset: state.offset,
    order: "-created_at",
  })

  const columns = useMemo(
    () => [
      column.select(),
      column.accessor("name", {
        header: t("leads.columns.name"),
        cell: ({ row }) => row.original.name ?? row.original.company ?? "–",
      }),
      column.accessor("email", {
        header: t("leads.columns.contact"),
        cell: ({ row }) => row.original.email ?? row.original.phone ?? "–",
      }),
      column.accessor("interest_type", {
        header: t("leads.columns.interest"),
        cell: ({ getValue }) => t(`leads.interest.${getValue()}`, { defaultValue: getValue() }),
      }),
      column.accessor("status", {
        header: t("leads.columns.status"),
        cell: ({ getValue }) => <LeadStatusBadge status={getValue()} />,
      }),
      column.accessor("score", {
        header: t("leads.columns.score"),
        align: "right",
        cell: ({ row }) => `${fmt.integer(row.original.score)}${row.original.is_qualified ? " ✓" : ""}`,
      }),
      column.accessor("assigned_to", {
        header: t("leads.columns.assigned"),
        cell: ({ getValue }) => userLabel(users.data?.users, getValue()) ?? "–",
      }),
      column.accessor("utm_campaign", {
        header: t("leads.columns.campaign"),
        cell: ({ getValue }) => getValue() ?? "–",
      }),
      column.accessor("created_at", {
        header: t("leads.columns.created"),
        cell: ({ getValue }) => fmt.date(getValue()),
      }),
    ],
    [t, fmt, users.data]
  )

  const filters = useMemo(
    () => [
      filter.accessor("status", {
        type: "multiselect",
        label: t("leads.filters.status"),
        options: LEAD_STATUSES.map((value) => ({ value, label: t(`leads.status.${value}`) })),
      }),
      filter.accessor("interest_type", {
        type: "multiselect",
        label: t("leads.filters.interest"),
        options: LEAD_INTEREST_TYPES.map((value) => ({ value, label: t(`leads.interest.${value}`) })),
      }),
      filter.accessor("assigned_to", {
        type: "select",
        label: t("leads.filters.assigned"),
        options: (users.data?.users ?? []).map((user) => ({ value: user.id, label: userLabel(users.data?.users, user.id) ?? user.id })),
      }),
      filter.accessor("is_qualified", {
        type: "radio",
        label: t("leads.filters.qualified"),
        options: [
          { value: "true", label: t("leads.yes") },
          { value: "false", label: t("leads.no") },
        ],
      }),
    ],
    [t, users.data]
  )

  const commands = useMemo(
    () => [
      command.command({
        label: t("leads.bulk.assign"),
        shortcut: "a",
        action: (rows) => setBulk({ action: "assign", ids: Object.keys(rows) }),
      }),
      command.command({
        label: t("leads.bulk.changeStatus"),
        shortcut: "s",
        action: (rows) => setBulk({ action: "status", ids: Object.keys(rows) }),
      }),
    ],
    [t]
  )

  const filtering: DataTableFilteringState = {}
  if (state.status.length) filtering.status = state.status
  if (state.interest.length) filtering.interest_type = state.interest
  if (state.assigned) filtering.assigned_to = state.assigned
  if (state.qualified) filtering.is_qualified = state.qualified

  const table = useDataTable({
    data: data?.leads ?? [],
    columns,
    filters,
    commands,
    getRowId: (lead) => lead.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_event, lead) => navigate(`/solar360/leads/${lead.id}`),
    rowSelection: { state: selection, onRowSelectionChange: setSelection },
    search: { state: state.q, onSearchChange: (q) => state.update({ q }) },
    filtering: {
      state: filtering,
      onFilteringChange: (next) =>
        state.update({
          status: (next.status as string[] | undefined) ?? null,
          interest_type: (next.interest_type as string[] | undefined) ?? null,
          assigned_to: (next.assigned_to as string | undefined) ?? null,
          is_qualified: (next.is_qualified as string | undefined) ?? null,
        }),
    },
    pagination: {
      state: { pageIndex: Math.floor(state.offset / LEADS_PAGE_SIZE), pageSize: LEADS_PAGE_SIZE },
      onPaginationChange: (page) => state.update({ offset: page.pageIndex * LEADS_PAGE_SIZE }),
    },
  })

  return (
    <>
      {error ? (
        <QueryState isLoading={false} error={error} onRetry={() => refetch()}>
          {null}
        </QueryState>
      ) : (
        <DataTable instance={table}>
          <DataTable.Toolbar
            className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center"
            translations={{ clearAll: t("leads.clearFilters") }}
          >
            <DataTable.FilterMenu />
            <DataTable.Search placeholder={t("leads.searchPlaceholder")} />
          </DataTable.Toolbar>
          <DataTable.Table
            emptyState={{
              empty: { heading: t("leads.empty") },
              filtered: { heading: t("leads.emptyFiltered") },
            }}
          />
          <DataTable.Pagination
            translations={{
              of: t("leads.pagination.of"),
              results: t("leads.pagination.results"),
              pages: t("leads.pagination.pages"),
              prev: t("common.previous"),
              next: t("common.next"),
            }}
          />
          <DataTable.CommandBar selectedLabel={(count) => t("leads.bulk.selected", { count })} />
        </DataTable>
      )}
      <BulkLeadDialog
        request={bulk}
        onClose={(done) => {
          setBulk(null)
          if (done) {
            setSelection({})
          }
        }}
      />
    </>
  )
}

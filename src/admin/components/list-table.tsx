import { DataTable, useDataTable } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { QueryState } from "./query-state"

/**
 * A paged list the way every Solar360 list shows one: the shared error state (with retry), the
 * filter menu when the table has filters, the empty and filtered-empty states, and the pager
 * in the admin's language.
 */
export function ListTable<T>({
  table,
  error,
  onRetry,
  empty,
  emptyFiltered,
  withFilters = true,
}: {
  table: ReturnType<typeof useDataTable<T>>
  error: Error | null
  onRetry: () => void
  empty: string
  emptyFiltered?: string
  withFilters?: boolean
}) {
  const { t } = useTranslation("solar360")
  if (error) {
    return (
      <QueryState isLoading={false} error={error} onRetry={onRetry}>
        {null}
      </QueryState>
    )
  }
  return (
    <DataTable instance={table}>
      {withFilters ? (
        <DataTable.Toolbar translations={{ clearAll: t("common.clearFilters") }}>
          <DataTable.FilterMenu />
        </DataTable.Toolbar>
      ) : null}
      <DataTable.Table
        emptyState={{ empty: { heading: empty }, filtered: emptyFiltered ? { heading: emptyFiltered } : undefined }}
      />
      <DataTable.Pagination
        translations={{
          of: t("common.pagination.of"),
          results: t("common.pagination.results"),
          pages: t("common.pagination.pages"),
          prev: t("common.previous"),
          next: t("common.next"),
        }}
      />
    </DataTable>
  )
}

import { createDataTableColumnHelper, DataTable, Text, useDataTable } from "@medusajs/ui"
import { useMemo, type ReactNode } from "react"
import { useTranslation } from "react-i18next"

export type StaticColumn<T> = {
  id: string
  header: string
  cell: (row: T) => ReactNode
  align?: "left" | "center" | "right"
}

/**
 * A small read-only DataTable (no paging, sorting or filters) for the short lists the widgets
 * and pages show: rankings, a timeline, the rows of a summary. The empty state is the shared one.
 */
export function StaticTable<T>({
  rows,
  columns,
  rowId,
  emptyText,
}: {
  rows: T[]
  columns: StaticColumn<T>[]
  rowId: (row: T, index: number) => string
  emptyText?: string
}) {
  const { t } = useTranslation("solar360")
  const tableColumns = useMemo(() => {
    const helper = createDataTableColumnHelper<T>()
    return columns.map((column) =>
      // An accessor column only for `align` (display columns cannot align their cells).
      helper.accessor((row: T) => row, {
        id: column.id,
        header: column.header,
        cell: ({ row }) => column.cell(row.original),
        align: column.align,
      })
    )
  }, [columns])
  const table = useDataTable<T>({
    data: rows,
    columns: tableColumns,
    getRowId: rowId,
    rowCount: rows.length,
  })
  // DataTable's own empty state is a tall block made for whole pages: a short line fits these lists.
  if (rows.length === 0) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        {emptyText ?? t("common.empty")}
      </Text>
    )
  }
  return (
    <DataTable instance={table}>
      <DataTable.Table />
    </DataTable>
  )
}

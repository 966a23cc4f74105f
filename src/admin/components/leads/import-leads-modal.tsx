import {
  Badge,
  Button,
  DataTable,
  FocusModal,
  Heading,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useRef, useState, type ChangeEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useImportLeads, type LeadImportResponse, type LeadImportRow } from "../../hooks/leads"
import { useFormatters } from "../../lib/format"

// The API's limit (POST /leads/import): checked here too so a huge file is not uploaded in vain.
const MAX_CSV_BYTES = 2 * 1024 * 1024

const ACTION_COLOR = { create: "green", update: "blue", invalid: "red" } as const

/**
 * CSV import in two steps: the file goes to the API as a dry run (nothing written) and the
 * preview shows what each row would do, its per-field errors and which existing lead it
 * matches; confirming sends the same text for real. Invalid rows are never written.
 */
export function ImportLeadsModal({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const importer = useImportLeads()
  const input = useRef<HTMLInputElement>(null)
  const [csv, setCsv] = useState<string | null>(null)
  const [preview, setPreview] = useState<LeadImportResponse | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const reset = () => {
    setCsv(null)
    setPreview(null)
    setProblem(null)
    if (input.current) {
      input.current.value = ""
    }
  }

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setPreview(null)
    setProblem(null)
    if (!file) {
      return
    }
    if (file.size > MAX_CSV_BYTES) {
      setProblem(t("leads.importer.fileTooLarge"))
      return
    }
    const text = await file.text()
    setCsv(text)
    try {
      setPreview(await importer.mutateAsync({ csv: text, dry_run: true }))
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  const confirm = async () => {
    if (!csv) {
      return
    }
    try {
      const result = await importer.mutateAsync({ csv, dry_run: false })
      toast.success(t("leads.importer.imported", { ...result.summary }))
      reset()
      onOpenChange(false)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  const valid = preview ? preview.summary.create + preview.summary.update : 0

  return (
    <FocusModal
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          reset()
        }
        onOpenChange(next)
      }}
    >
      <FocusModal.Content>
        <FocusModal.Header>
          <div className="flex items-center justify-end gap-x-2">
            {preview && (
              <Button size="small" variant="secondary" onClick={reset}>
                {t("leads.importer.reset")}
              </Button>
            )}
            <Button size="small" disabled={!preview || valid === 0} isLoading={importer.isPending && Boolean(preview)} onClick={confirm}>
              {t("leads.importer.confirm", { count: valid })}
            </Button>
          </div>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-8">
          <div className="flex w-full max-w-4xl flex-col gap-y-4 px-4">
            <div>
              <FocusModal.Title asChild>
                <Heading>{t("leads.importer.title")}</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("leads.importer.description")}
                </Text>
              </FocusModal.Description>
            </div>
            <div className="flex items-center gap-x-3">
              <label className="txt-compact-small-plus text-ui-fg-base" htmlFor="solar360-import-file">
                {t("leads.importer.pick")}
              </label>
              <input
                ref={input}
                id="solar360-import-file"
                name="csv"
                type="file"
                accept=".csv,text/csv"
                className="txt-compact-small"
                onChange={onFile}
              />
            </div>
            {importer.isPending && !preview && (
              <Text size="small" className="text-ui-fg-subtle" role="status">
                {t("common.loading")}
              </Text>
            )}
            {problem && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {t("common.error", { message: problem })}
              </Text>
            )}
            {preview && (
              <div className="flex flex-col gap-y-2" data-testid="lead-import-preview">
                <Heading level="h2">{t("leads.importer.preview")}</Heading>
                <Text size="small">
                  {t("leads.importer.summary", {
                    rows: fmt.integer(preview.summary.rows),
                    create: fmt.integer(preview.summary.create),
                    update: fmt.integer(preview.summary.update),
                    invalid: fmt.integer(preview.summary.invalid),
                  })}
                </Text>
                <ImportPreviewTable rows={preview.rows} />
              </div>
            )}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

const column = createDataTableColumnHelper<LeadImportRow>()
const PREVIEW_PAGE = 20

/** The dry run's rows, a page at a time (an import may hold 5,000). */
function ImportPreviewTable({ rows }: { rows: LeadImportRow[] }) {
  const { t } = useTranslation("solar360")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PREVIEW_PAGE })
  const columns = useMemo(
    () => [
      column.accessor("row", { header: t("leads.importer.row"), size: 64 }),
      column.accessor("action", {
        header: t("leads.importer.action"),
        size: 110,
        truncateTooltip: false,
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={ACTION_COLOR[getValue()]}>
            {t(`leads.importer.actions.${getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor("match", {
        header: t("leads.importer.match"),
        cell: ({ getValue }) => {
          const match = getValue()
          return match ? (
            <Link to={`/solar360/leads/${match.lead_id}`} className="text-ui-fg-interactive" target="_blank">
              {t("leads.importer.matchBy", { lead: match.lead_id, by: match.by })}
            </Link>
          ) : (
            "–"
          )
        },
      }),
      column.accessor("errors", {
        header: t("leads.importer.errors"),
        size: 360,
        truncateTooltip: false,
        cell: ({ getValue }) => {
          const errors = getValue()
          return errors?.length ? (
            <span className="text-ui-fg-error whitespace-normal">
              {errors.map((error) => `${error.field}: ${error.message}`).join("; ")}
            </span>
          ) : (
            "–"
          )
        },
      }),
    ],
    [t]
  )
  const start = pagination.pageIndex * pagination.pageSize
  const table = useDataTable({
    data: rows.slice(start, start + pagination.pageSize),
    columns,
    getRowId: (row) => String(row.row),
    rowCount: rows.length,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <DataTable instance={table} className="rounded-md border">
      <DataTable.Table />
      <DataTable.Pagination
        translations={{
          of: t("leads.pagination.of"),
          results: t("leads.pagination.results"),
          pages: t("leads.pagination.pages"),
          prev: t("common.previous"),
          next: t("common.next"),
        }}
      />
    </DataTable>
  )
}

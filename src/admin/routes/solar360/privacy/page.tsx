import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Text, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../../../components/query-state"
import { StaticTable } from "../../../components/static-table"
import {
  usePrivacyAudits,
  useRetentionPreview,
  useSubjectErase,
  useSubjectExport,
  useSubjectSearch,
  type PrivacyAudit,
  type SubjectIdentifiers,
  type SubjectSummary,
} from "../../../hooks/privacy"
import { useFormatters } from "../../../lib/format"

const IDENTIFIERS = ["email", "phone", "cpf_cnpj", "customer_id", "lead_id"] as const

type ModelRow = { model: string } & SubjectSummary["models"][string]

/**
 * LGPD requests of one person (art. 18): what is held, a portable export, and erasure
 * (anonymise or delete) across every Solar360 model; plus retention and the audit trail.
 */
const PrivacyPage = () => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const prompt = usePrompt()
  const [form, setForm] = useState<Record<string, string>>({})
  const [mode, setMode] = useState<"anonymise" | "delete">("anonymise")
  const [reason, setReason] = useState("")
  const search = useSubjectSearch()
  const exporter = useSubjectExport()
  const eraser = useSubjectErase()
  const retention = useRetentionPreview()
  const audits = usePrivacyAudits(20)

  const identifiers = useMemo<SubjectIdentifiers>(
    () => Object.fromEntries(Object.entries(form).filter(([, value]) => value.trim()).map(([k, v]) => [k, v.trim()])),
    [form]
  )
  const hasIdentifier = Object.keys(identifiers).length > 0
  const busy = search.isPending || exporter.isPending || eraser.isPending
  // The summary shown is the last search's, until an erasure makes it stale.
  const summary = eraser.isSuccess ? undefined : search.data
  const error = search.error ?? exporter.error ?? eraser.error

  const find = () => {
    eraser.reset()
    search.mutate({ identifiers })
  }

  const erase = async () => {
    const count = summary?.total ?? 0
    const confirmed = await prompt({
      title: t("privacy.confirmTitle"),
      description: mode === "delete" ? t("privacy.confirmDelete", { count }) : t("privacy.confirmAnonymise", { count }),
      confirmText: t("privacy.erase"),
      cancelText: t("common.cancel"),
    })
    if (confirmed) {
      eraser.mutate({ identifiers, mode, reason })
    }
  }

  const erasure = eraser.data?.erasure
  const retentionRows = Object.entries(retention.data?.counts ?? {}).map(([model, rows]) => ({
    model,
    rows,
    cutoff: retention.data?.cutoffs[model] ?? null,
  }))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("privacy.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("privacy.subtitle")}
        </Text>
      </div>

      <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-5">
        {IDENTIFIERS.map((key) => (
          <div key={key} className="flex flex-col gap-1">
            <Label size="small">{t(`privacy.identifiers.${key}`)}</Label>
            <Input
              size="small"
              value={form[key] ?? ""}
              onChange={(event) => setForm({ ...form, [key]: event.target.value })}
            />
          </div>
        ))}
        <div className="md:col-span-5">
          <Button size="small" onClick={find} disabled={busy || !hasIdentifier} isLoading={search.isPending}>
            {t("privacy.find")}
          </Button>
        </div>
      </div>

      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      )}

      {erasure && (
        <div className="px-6 py-4">
          <Text>
            {erasure.mode === "delete"
              ? t("privacy.erasedDelete", { count: erasure.total, audit: erasure.audit_id })
              : t("privacy.erasedAnonymise", { count: erasure.total, audit: erasure.audit_id })}{" "}
            {erasure.replayed ? t("privacy.replayed") : ""}
          </Text>
        </div>
      )}

      {summary && (
        <div className="flex flex-col gap-3 py-4">
          <Text weight="plus" className="px-6">
            {t("privacy.summary", {
              total: format.integer(summary.total),
              leads: summary.subject.lead_ids.length,
              customers: summary.subject.customer_ids.length,
              browsers: summary.subject.anonymous_ids.length,
            })}
          </Text>
          <StaticTable<ModelRow>
            rows={Object.entries(summary.models).map(([model, row]) => ({ model, ...row }))}
            rowId={(row) => row.model}
            columns={[
              {
                id: "model",
                header: t("privacy.dataSet"),
                cell: (row) => (
                  <span className="flex items-center gap-x-2">
                    {row.model}
                    {row.personal_data === false && <Badge size="2xsmall">{t("privacy.noPersonalData")}</Badge>}
                  </span>
                ),
              },
              { id: "count", header: t("privacy.records"), cell: (row) => format.integer(row.count), align: "right" },
              { id: "first", header: t("privacy.first"), cell: (row) => format.dateTime(row.first_at) },
              { id: "last", header: t("privacy.last"), cell: (row) => format.dateTime(row.last_at) },
            ]}
          />
          {summary.total > 0 && (
            <div className="flex flex-wrap items-end gap-3 px-6">
              <Button size="small" variant="secondary" disabled={busy} onClick={() => exporter.mutate({ identifiers, format: "json" })}>
                {t("privacy.exportJson")}
              </Button>
              <Button size="small" variant="secondary" disabled={busy} onClick={() => exporter.mutate({ identifiers, format: "zip" })}>
                {t("privacy.exportZip")}
              </Button>
              <div className="w-40">
                <Select value={mode} onValueChange={(value) => setMode(value as "anonymise" | "delete")}>
                  <Select.Trigger>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="anonymise">{t("privacy.anonymise")}</Select.Item>
                    <Select.Item value="delete">{t("privacy.delete")}</Select.Item>
                  </Select.Content>
                </Select>
              </div>
              <div className="w-80">
                <Input
                  size="small"
                  placeholder={t("privacy.reasonPlaceholder")}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
              <Button size="small" variant="danger" onClick={erase} disabled={busy || !reason.trim()}>
                {t("privacy.erase")}
              </Button>
            </div>
          )}
        </div>
      )}

      <div className="px-6 py-4">
        <Heading level="h2">{t("privacy.retentionTitle")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("privacy.retentionSubtitle")}
        </Text>
      </div>
      <QueryState isLoading={retention.isLoading} error={retention.error} onRetry={() => retention.refetch()}>
        <StaticTable<(typeof retentionRows)[number]>
          rows={retentionRows}
          rowId={(row) => row.model}
          columns={[
            { id: "model", header: t("privacy.dataSet"), cell: (row) => row.model },
            {
              id: "cutoff",
              header: t("privacy.olderThan"),
              cell: (row) => (row.cutoff ? format.dateTime(row.cutoff) : t("privacy.keptForever")),
            },
            { id: "rows", header: t("privacy.rowsToDelete"), cell: (row) => format.integer(row.rows), align: "right" },
          ]}
        />
      </QueryState>

      <div className="px-6 py-4">
        <Heading level="h2">{t("privacy.auditTitle")}</Heading>
      </div>
      <QueryState isLoading={audits.isLoading} error={audits.error} onRetry={() => audits.refetch()}>
        <StaticTable<PrivacyAudit>
          rows={audits.data?.audits ?? []}
          rowId={(row) => row.id}
          columns={[
            { id: "when", header: t("privacy.when"), cell: (row) => format.dateTime(row.created_at) },
            { id: "action", header: t("privacy.action"), cell: (row) => `${row.action} ${row.mode ?? row.format ?? ""}` },
            {
              id: "records",
              header: t("privacy.records"),
              cell: (row) => format.integer(Object.values(row.counts ?? {}).reduce((total, n) => total + n, 0)),
              align: "right",
            },
            { id: "reason", header: t("privacy.reason"), cell: (row) => row.reason ?? "–" },
          ]}
        />
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "privacy.nav",
  translationNs: "solar360",
})

export default PrivacyPage

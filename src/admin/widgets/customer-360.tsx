import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../components/query-state"
import { StaticTable } from "../components/static-table"
import { useCustomerOverview, type CustomerOverview } from "../hooks/customer-overview"
import { useSubjectErase, useSubjectExport } from "../hooks/privacy"
import { useFormatters } from "../lib/format"

type TimelineEntry = CustomerOverview["timeline"][number]

/** Customer detail: the person's Solar360 records in one timeline, consent, and the LGPD actions. */
const Customer360Widget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const overview = useCustomerOverview(customer.id)
  const body = overview.data

  const counts: Array<[string, number]> = body
    ? [
        [t("widgets.customer.leads"), body.leads.length],
        [t("widgets.customer.conversations"), body.conversations.length],
        [t("widgets.customer.simulations"), body.simulations.length],
        [t("widgets.customer.analyses"), body.viability_analyses.length + body.roof_analyses.length],
        [t("widgets.customer.events"), body.events.length],
        [t("widgets.customer.catalog"), body.catalog_activity.length],
      ]
    : []

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("widgets.customer.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("widgets.customer.subtitle")}
        </Text>
      </div>
      <QueryState isLoading={overview.isLoading} error={overview.error} onRetry={() => overview.refetch()}>
        {body && (
          <>
            <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-6">
              {counts.map(([label, value]) => (
                <div key={label}>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {label}
                  </Text>
                  <Text weight="plus">{format.integer(value)}</Text>
                </div>
              ))}
            </div>
            <ConsentLine consent={body.consent} />
            <div className="py-2">
              <Text weight="plus" size="small" className="px-6 py-2">
                {t("widgets.customer.timeline")}
              </Text>
              <StaticTable<TimelineEntry>
                rows={body.timeline}
                rowId={(row) => `${row.kind}:${row.id}`}
                emptyText={t("widgets.customer.emptyTimeline")}
                columns={[
                  { id: "at", header: t("widgets.customer.when"), cell: (row) => format.dateTime(row.at) },
                  {
                    id: "kind",
                    header: t("widgets.customer.what"),
                    cell: (row) => t(`widgets.kinds.${row.kind}`, { defaultValue: row.kind }),
                  },
                  { id: "label", header: t("widgets.customer.detail"), cell: (row) => row.label ?? "–" },
                ]}
              />
            </div>
          </>
        )}
      </QueryState>
      <PrivacyActions customerId={customer.id} />
    </Container>
  )
}

const ConsentLine = ({ consent }: { consent: CustomerOverview["consent"] }) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const state = consent.marketing === null ? "unknown" : consent.marketing ? "granted" : "refused"
  return (
    <div className="flex items-center gap-x-3 px-6 py-4">
      <Text size="small" weight="plus">
        {t("widgets.customer.consent")}
      </Text>
      <Badge size="2xsmall" color={state === "granted" ? "green" : state === "refused" ? "red" : "grey"}>
        {state === "granted"
          ? t("widgets.customer.consentGranted")
          : state === "refused"
            ? t("widgets.customer.consentRefused")
            : t("widgets.customer.consentUnknown")}
      </Badge>
      {consent.at && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("widgets.customer.consentSince", {
            date: format.date(consent.at as string),
            version: consent.terms_version ?? "–",
          })}
        </Text>
      )}
    </div>
  )
}

/** Export and erasure of this customer's Solar360 data (LGPD art. 18), erasure behind a prompt. */
const PrivacyActions = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation("solar360")
  const prompt = usePrompt()
  const exporter = useSubjectExport()
  const eraser = useSubjectErase()
  const [mode, setMode] = useState<"anonymise" | "delete">("anonymise")
  const [reason, setReason] = useState("")
  const identifiers = { customer_id: customerId }

  const download = (format: "json" | "zip") =>
    exporter.mutate(
      { identifiers, format },
      {
        onSuccess: () => toast.success(t("widgets.customer.exported")),
        onError: (error) => toast.error(error.message),
      }
    )

  const erase = async () => {
    const confirmed = await prompt({
      title: t("widgets.customer.confirmTitle"),
      description: mode === "delete" ? t("widgets.customer.confirmDelete") : t("widgets.customer.confirmAnonymise"),
      confirmText: t("widgets.customer.erase"),
      cancelText: t("common.cancel"),
    })
    if (!confirmed) {
      return
    }
    eraser.mutate(
      { identifiers, mode, reason: reason.trim() },
      {
        onSuccess: ({ erasure }) => {
          toast.success(t("widgets.customer.erased", { count: erasure.total, audit: erasure.audit_id }))
          setReason("")
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }

  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <Text weight="plus" size="small">
        {t("widgets.customer.privacyTitle")}
      </Text>
      <div className="flex flex-wrap items-end gap-3">
        <Button size="small" variant="secondary" isLoading={exporter.isPending} onClick={() => download("json")}>
          {t("widgets.customer.exportJson")}
        </Button>
        <Button size="small" variant="secondary" isLoading={exporter.isPending} onClick={() => download("zip")}>
          {t("widgets.customer.exportZip")}
        </Button>
        <div className="flex w-36 flex-col gap-1">
          <Label size="xsmall">{t("widgets.customer.mode")}</Label>
          <Select size="small" value={mode} onValueChange={(value) => setMode(value as "anonymise" | "delete")}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="anonymise">{t("widgets.customer.anonymise")}</Select.Item>
              <Select.Item value="delete">{t("widgets.customer.delete")}</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex min-w-[220px] flex-1 flex-col gap-1">
          <Label size="xsmall">{t("widgets.customer.reason")}</Label>
          <Input
            size="small"
            placeholder={t("widgets.customer.reasonPlaceholder")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <Button size="small" variant="danger" disabled={!reason.trim()} isLoading={eraser.isPending} onClick={erase}>
          {t("widgets.customer.erase")}
        </Button>
      </div>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default Customer360Widget

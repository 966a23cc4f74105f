import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { CreateLeadModal } from "../../../components/leads/create-lead-modal"
import { ImportLeadsModal } from "../../../components/leads/import-leads-modal"
import { LeadBoard } from "../../../components/leads/lead-board"
import { LeadList } from "../../../components/leads/lead-list"
import { useLeadFilters, type LeadView } from "../../../components/leads/use-lead-filters"
import { useLeads } from "../../../hooks/leads"
import { useFormatters } from "../../../lib/format"
import { cleanQuery } from "../../../lib/query"
import { safeHref } from "../../../lib/safe-href"
import { backendPath } from "../../../lib/sdk"

/** The sales team's workspace: the leads as a list or as a board by status. */
const LeadsPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const filters = useLeadFilters()
  const [creating, setCreating] = useState(false)
  const [importing, setImporting] = useState(false)
  // The header's total: the same filters as the view, one row fetched.
  const total = useLeads({ ...filters.apiFilters, status: filters.status.length ? filters.status : undefined, limit: 1 })

  const exportParams = new URLSearchParams()
  for (const [key, value] of Object.entries(
    cleanQuery({ ...filters.apiFilters, status: filters.view === "list" && filters.status.length ? filters.status : undefined }) ?? {}
  )) {
    for (const item of Array.isArray(value) ? value : [value]) {
      exportParams.append(key, String(item))
    }
  }
  const exportUrl = backendPath(`/admin/solar360/leads/export?${exportParams.toString()}`)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">{t("leads.title")}</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {total.data ? t("leads.count", { count: total.data.count, formatted: fmt.integer(total.data.count) }) : " "}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Tabs value={filters.view} onValueChange={(view) => filters.update({ view: view === "board" ? "board" : null }, { keepOffset: true })}>
            <Tabs.List>
              {(["list", "board"] as LeadView[]).map((view) => (
                <Tabs.Trigger key={view} value={view}>
                  {t(`leads.views.${view}`)}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </Tabs>
          <a href={safeHref(exportUrl)}>
            <Button variant="secondary" size="small">
              {t("leads.exportCsv")}
            </Button>
          </a>
          <Button variant="secondary" size="small" onClick={() => setImporting(true)}>
            {t("leads.import")}
          </Button>
          <Button size="small" onClick={() => setCreating(true)}>
            {t("leads.create")}
          </Button>
        </div>
      </div>
      {filters.view === "board" ? <LeadBoard filters={filters.apiFilters} /> : <LeadList />}
      <CreateLeadModal open={creating} onOpenChange={setCreating} />
      <ImportLeadsModal open={importing} onOpenChange={setImporting} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "leads.title",
  translationNs: "solar360",
})

export default LeadsPage

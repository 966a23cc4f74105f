import { Button, FocusModal, Heading, Input, Prompt, Text, toast } from "@medusajs/ui"
import { useDeferredValue, useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../query-state"
import { useLeads, useMergeLead, type Lead } from "../../hooks/leads"
import { LeadStatusBadge } from "./status-badge"

/**
 * Merge: the operator searches the duplicate, picks it and confirms; the lead on screen
 * survives and the picked one is absorbed (POST /leads/:id/merge).
 */
export function MergeLeadModal({
  lead,
  open,
  onOpenChange,
}: {
  lead: Lead
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const { t } = useTranslation("solar360")
  const merge = useMergeLead(lead.id)
  const [q, setQ] = useState("")
  const search = useDeferredValue(q.trim())
  const [picked, setPicked] = useState<Lead | null>(null)
  const results = useLeads({ q: search || undefined, limit: 10, order: "-created_at" }, { enabled: open })
  const candidates = (results.data?.leads ?? []).filter((candidate) => candidate.id !== lead.id)

  const confirm = async () => {
    if (!picked) {
      return
    }
    try {
      await merge.mutateAsync({ from_id: picked.id })
      toast.success(t("leads.merge.merged"))
      setPicked(null)
      setQ("")
      onOpenChange(false)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-8">
          <div className="flex w-full max-w-2xl flex-col gap-y-4 px-4">
            <div>
              <FocusModal.Title asChild>
                <Heading>{t("leads.merge.title")}</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("leads.merge.description")}
                </Text>
              </FocusModal.Description>
            </div>
            <Input
              type="search"
              aria-label={t("leads.merge.search")}
              placeholder={t("leads.merge.search")}
              value={q}
              onChange={(event) => setQ(event.target.value)}
            />
            <QueryState
              isLoading={results.isLoading}
              error={results.error}
              onRetry={() => results.refetch()}
              isEmpty={candidates.length === 0}
              emptyText={t("leads.merge.noResults")}
            >
              <ul className="divide-y rounded-md border" data-testid="lead-merge-candidates">
                {candidates.map((candidate) => (
                  <li key={candidate.id} className="flex items-center justify-between gap-x-3 px-3 py-2">
                    <div className="flex min-w-0 flex-col">
                      <Text size="small" weight="plus" className="truncate">
                        {candidate.name ?? candidate.id}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle truncate">
                        {[candidate.email, candidate.phone].filter(Boolean).join(" · ") || "–"}
                      </Text>
                    </div>
                    <div className="flex items-center gap-x-2">
                      <LeadStatusBadge status={candidate.status} />
                      <Button size="small" variant="secondary" onClick={() => setPicked(candidate)}>
                        {t("leads.merge.pick")}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            </QueryState>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
      <Prompt open={picked !== null} onOpenChange={(next) => (!next ? setPicked(null) : undefined)}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{t("leads.merge.selected", { name: picked?.name ?? picked?.email ?? picked?.id ?? "" })}</Prompt.Title>
            <Prompt.Description>{t("leads.merge.description")}</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
            <Prompt.Action
              disabled={merge.isPending}
              onClick={(event) => {
                event.preventDefault()
                void confirm()
              }}
            >
              {t("leads.merge.confirm")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </FocusModal>
  )
}

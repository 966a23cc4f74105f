import { Label, Prompt, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LEAD_STATUSES, useAdminUsers, useBulkUpdateLeads, userLabel, type LeadStatus } from "../../hooks/leads"

export type BulkAction = "assign" | "status"

const UNASSIGNED = "__unassigned__"

/**
 * Bulk assign or bulk status change of the selected leads (POST /leads/bulk). The funnel rules
 * apply per lead, so some may be refused: the toast says how many and why.
 */
export function BulkLeadDialog({
  request,
  onClose,
}: {
  request: { action: BulkAction; ids: string[] } | null
  onClose: (done: boolean) => void
}) {
  const { t } = useTranslation("solar360")
  const users = useAdminUsers()
  const bulk = useBulkUpdateLeads()
  const [assignee, setAssignee] = useState<string>("")
  const [status, setStatus] = useState<string>("")
  const [reason, setReason] = useState("")
  const count = request?.ids.length ?? 0
  const ready = request?.action === "assign" ? assignee !== "" : status !== "" && (status !== "lost" || reason.trim() !== "")

  const apply = async () => {
    if (!request) {
      return
    }
    try {
      const { results } = await bulk.mutateAsync(
        request.action === "assign"
          ? { ids: request.ids, assigned_to: assignee === UNASSIGNED ? null : assignee }
          : {
              ids: request.ids,
              status: status as LeadStatus,
              lost_reason: status === "lost" ? reason.trim() : undefined,
            }
      )
      const failed = results.filter((result) => !result.ok)
      const ok = results.length - failed.length
      if (failed.length) {
        toast.warning(t("leads.bulk.partial", { ok, failed: failed.length }), {
          description: [...new Set(failed.map((result) => (result.ok ? "" : result.message)))].join(" · "),
        })
      } else {
        toast.success(t("leads.bulk.done", { ok }))
      }
      setAssignee("")
      setStatus("")
      setReason("")
      onClose(true)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Prompt open={request !== null} onOpenChange={(open) => (!open ? onClose(false) : undefined)}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>
            {request?.action === "assign" ? t("leads.bulk.assignTitle", { count }) : t("leads.bulk.statusTitle", { count })}
          </Prompt.Title>
        </Prompt.Header>
        <div className="flex flex-col gap-y-3 px-6 pb-4">
          {request?.action === "assign" ? (
            <Select value={assignee} onValueChange={setAssignee}>
              <Select.Trigger aria-label={t("leads.detail.assignTo")}>
                <Select.Value placeholder={t("leads.detail.assignTo")} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={UNASSIGNED}>{t("leads.unassigned")}</Select.Item>
                {(users.data?.users ?? []).map((user) => (
                  <Select.Item key={user.id} value={user.id}>
                    {userLabel(users.data?.users, user.id)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          ) : (
            <>
              <Select value={status} onValueChange={setStatus}>
                <Select.Trigger aria-label={t("leads.detail.changeStatus")}>
                  <Select.Value placeholder={t("leads.detail.changeStatus")} />
                </Select.Trigger>
                <Select.Content>
                  {LEAD_STATUSES.map((value) => (
                    <Select.Item key={value} value={value}>
                      {t(`leads.status.${value}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              {status === "lost" && (
                <div className="flex flex-col gap-y-1">
                  <Label size="small" htmlFor="solar360-bulk-lost-reason">
                    {t("leads.lost.reason")}
                  </Label>
                  <Textarea
                    id="solar360-bulk-lost-reason"
                    value={reason}
                    placeholder={t("leads.lost.placeholder")}
                    onChange={(event) => setReason(event.target.value)}
                  />
                </div>
              )}
            </>
          )}
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
          <Prompt.Action
            disabled={!ready || bulk.isPending}
            onClick={(event) => {
              // Keep the dialog open until the API answered.
              event.preventDefault()
              void apply()
            }}
          >
            {t("leads.bulk.apply")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

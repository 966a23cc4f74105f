import { Label, Prompt, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { FINAL_STATUSES, useUpdateLead, type Lead, type LeadStatus } from "../../hooks/leads"

/**
 * Moving a lead through the funnel from the board, the detail page or a card's menu: the API
 * runs the funnel rules and an illegal move comes back as a 400 whose message is shown as is.
 * Moving to `lost` first asks for the reason the rules require; moving a converted or lost lead
 * back to an open stage is a reopen, which asks first (a card dropped on the wrong column must
 * not undo a sale). `move` resolves true once the lead has moved.
 */
export function useMoveLead() {
  const { t } = useTranslation("solar360")
  const update = useUpdateLead()
  const confirm = usePrompt()
  const [asking, setAsking] = useState<{ lead: Pick<Lead, "id" | "status"> } | null>(null)
  const [reason, setReason] = useState("")
  const resolveAsk = useRef<((reason: string | null) => void) | null>(null)

  const askLostReason = (lead: Pick<Lead, "id" | "status">) =>
    new Promise<string | null>((resolve) => {
      resolveAsk.current = resolve
      setReason("")
      setAsking({ lead })
    })

  const closeAsk = (value: string | null) => {
    resolveAsk.current?.(value)
    resolveAsk.current = null
    setAsking(null)
  }

  const move = async (lead: Pick<Lead, "id" | "status">, to: LeadStatus, note?: string): Promise<boolean> => {
    if (FINAL_STATUSES.includes(lead.status) && !FINAL_STATUSES.includes(to)) {
      const reopen = await confirm({
        title: t("leads.reopen.title"),
        description: t("leads.reopen.description", {
          from: t(`leads.status.${lead.status}`),
          to: t(`leads.status.${to}`),
        }),
        confirmText: t("leads.reopen.confirm"),
        cancelText: t("common.cancel"),
      })
      if (!reopen) {
        return false
      }
    }
    let lostReason: string | undefined
    if (to === "lost" && !FINAL_STATUSES.includes(lead.status)) {
      const answer = await askLostReason(lead)
      if (answer === null) {
        return false
      }
      lostReason = answer
    }
    try {
      await update.mutateAsync({
        id: lead.id,
        status: to,
        reopen: FINAL_STATUSES.includes(lead.status) ? true : undefined,
        lost_reason: lostReason,
        note: note?.trim() || undefined,
      })
      toast.success(t("leads.board.moved", { status: t(`leads.status.${to}`) }))
      return true
    } catch (error) {
      toast.error(t("leads.board.moveRefused"), { description: (error as Error).message })
      return false
    }
  }

  const prompt = (
    <Prompt open={asking !== null} onOpenChange={(open) => (!open ? closeAsk(null) : undefined)}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("leads.lost.title")}</Prompt.Title>
          <Prompt.Description>{t("leads.lost.description")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="solar360-lost-reason" size="small">
            {t("leads.lost.reason")}
          </Label>
          <Textarea
            id="solar360-lost-reason"
            name="lost_reason"
            autoFocus
            value={reason}
            placeholder={t("leads.lost.placeholder")}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel onClick={() => closeAsk(null)}>{t("common.cancel")}</Prompt.Cancel>
          <Prompt.Action disabled={!reason.trim()} onClick={() => closeAsk(reason.trim())}>
            {t("leads.lost.confirm")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )

  return { move, prompt, isMoving: update.isPending }
}

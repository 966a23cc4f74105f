import { EllipsisHorizontal } from "@medusajs/icons"
import { Badge, DropdownMenu, IconButton, Text, clx } from "@medusajs/ui"
import { useRef, useState, type DragEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { QueryState } from "../query-state"
import {
  FINAL_STATUSES,
  LEAD_STATUSES,
  useAdminUsers,
  useLeads,
  userLabel,
  type Lead,
  type LeadStatus,
} from "../../hooks/leads"
import type { QueryParams } from "../../lib/query"
import { useMoveLead } from "./use-move-lead"

const COLUMN_LIMIT = 50

/**
 * The funnel as columns. A card moves by drag and drop or by its "Move to…" menu (keyboard and
 * tests); while the API decides, the card shows in the target column, and it goes back when the
 * move is refused.
 */
export function LeadBoard({ filters }: { filters: QueryParams }) {
  const { t } = useTranslation("solar360")
  const { move, prompt } = useMoveLead()
  const [pending, setPending] = useState<Record<string, { lead: Lead; to: LeadStatus }>>({})
  const dragged = useRef<Lead | null>(null)
  const [over, setOver] = useState<LeadStatus | null>(null)

  const moveCard = async (lead: Lead, to: LeadStatus) => {
    if (lead.status === to) {
      return
    }
    setPending((current) => ({ ...current, [lead.id]: { lead, to } }))
    await move(lead, to)
    // Moved or refused, the columns' data now tells where the card is.
    setPending((current) => {
      const next = { ...current }
      delete next[lead.id]
      return next
    })
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {t("leads.board.dragHint")}
      </Text>
      <div className="flex gap-x-3 overflow-x-auto pb-2" data-testid="lead-board">
        {LEAD_STATUSES.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            filters={filters}
            pending={pending}
            isOver={over === status}
            onDragOver={(event) => {
              event.preventDefault()
              setOver(status)
            }}
            onDragLeave={() => setOver((current) => (current === status ? null : current))}
            onDrop={(event) => {
              event.preventDefault()
              setOver(null)
              const lead = dragged.current
              dragged.current = null
              if (lead) {
                void moveCard(lead, status)
              }
            }}
            onDragStart={(lead) => {
              dragged.current = lead
            }}
            onMove={moveCard}
          />
        ))}
      </div>
      {prompt}
    </div>
  )
}

function BoardColumn({
  status,
  filters,
  pending,
  isOver,
  onDragOver,
  onDragLeave,
  onDrop,
  onDragStart,
  onMove,
}: {
  status: LeadStatus
  filters: QueryParams
  pending: Record<string, { lead: Lead; to: LeadStatus }>
  isOver: boolean
  onDragOver: (event: DragEvent) => void
  onDragLeave: () => void
  onDrop: (event: DragEvent) => void
  onDragStart: (lead: Lead) => void
  onMove: (lead: Lead, to: LeadStatus) => void
}) {
  const { t } = useTranslation("solar360")
  const { data, isLoading, error, refetch } = useLeads({ ...filters, status, limit: COLUMN_LIMIT, order: "-created_at" })
  const incoming = Object.values(pending)
    .filter((entry) => entry.to === status && entry.lead.status !== status)
    .map((entry) => entry.lead)
  const leads = [...incoming, ...(data?.leads ?? []).filter((lead) => !pending[lead.id])]
  const count = (data?.count ?? 0) + incoming.length

  return (
    <section
      aria-label={t(`leads.status.${status}`)}
      data-testid={`lead-column-${status}`}
      className={clx(
        "bg-ui-bg-subtle flex min-w-44 flex-1 basis-0 flex-col rounded-lg border",
        isOver ? "border-ui-border-interactive" : "border-ui-border-base"
      )}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <header className="flex items-center justify-between px-3 py-2">
        <Text size="small" weight="plus">
          {t(`leads.status.${status}`)}
        </Text>
        <Badge size="2xsmall">{count}</Badge>
      </header>
      <div className="flex min-h-24 flex-col gap-y-2 px-2 pb-2">
        <QueryState
          isLoading={isLoading}
          error={error}
          onRetry={() => refetch()}
          isEmpty={leads.length === 0}
          emptyText={t("leads.board.emptyColumn")}
        >
          {leads.map((lead) => (
            <LeadCard
              key={lead.id}
              lead={lead}
              isPending={Boolean(pending[lead.id])}
              onDragStart={() => onDragStart(lead)}
              onMove={(to) => onMove(lead, to)}
            />
          ))}
          {data && data.count > data.leads.length && (
            <Text size="xsmall" className="text-ui-fg-muted px-1">
              {t("leads.board.more", { count: data.count - data.leads.length })}
            </Text>
          )}
        </QueryState>
      </div>
    </section>
  )
}

function LeadCard({
  lead,
  isPending,
  onDragStart,
  onMove,
}: {
  lead: Lead
  isPending: boolean
  onDragStart: () => void
  onMove: (to: LeadStatus) => void
}) {
  const { t } = useTranslation("solar360")
  const users = useAdminUsers()
  const isFinal = FINAL_STATUSES.includes(lead.status)
  const assignee = userLabel(users.data?.users, lead.assigned_to)
  return (
    <article
      draggable={!isPending}
      onDragStart={(event) => {
        event.dataTransfer.setData("text/plain", lead.id)
        event.dataTransfer.effectAllowed = "move"
        onDragStart()
      }}
      data-testid={`lead-card-${lead.id}`}
      data-status={lead.status}
      className={clx(
        "bg-ui-bg-base shadow-elevation-card-rest flex cursor-grab flex-col gap-y-1 rounded-md p-2",
        isPending && "opacity-50"
      )}
    >
      <div className="flex items-start justify-between gap-x-2">
        <Link to={`/solar360/leads/${lead.id}`} className="text-ui-fg-base txt-compact-small-plus hover:underline">
          {lead.name ?? lead.email ?? lead.phone ?? lead.id}
        </Link>
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <IconButton size="2xsmall" variant="transparent" aria-label={t("leads.board.moveTo")} disabled={isPending}>
              <EllipsisHorizontal />
            </IconButton>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content>
            <DropdownMenu.Label>{t("leads.board.moveTo")}</DropdownMenu.Label>
            {LEAD_STATUSES.filter((status) => status !== lead.status).map((status) => (
              <DropdownMenu.Item key={status} onSelect={() => onMove(status)}>
                {isFinal && !FINAL_STATUSES.includes(status)
                  ? t("leads.board.reopenAs", { status: t(`leads.status.${status}`) })
                  : t(`leads.status.${status}`)}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu>
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle truncate">
        {lead.email ?? lead.phone ?? "–"}
      </Text>
      <div className="flex flex-wrap items-center gap-1">
        <Badge size="2xsmall" color={lead.is_qualified ? "green" : "grey"}>
          {lead.score}
        </Badge>
        <Badge size="2xsmall">{t(`leads.interest.${lead.interest_type}`, { defaultValue: lead.interest_type })}</Badge>
        {assignee && (
          <Text size="xsmall" className="text-ui-fg-muted truncate">
            {assignee}
          </Text>
        )}
      </div>
    </article>
  )
}

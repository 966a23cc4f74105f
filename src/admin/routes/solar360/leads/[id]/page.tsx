import { ArrowLeft } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { MergeLeadModal } from "../../../../components/leads/merge-lead-modal"
import { LeadStatusBadge } from "../../../../components/leads/status-badge"
import { useMoveLead } from "../../../../components/leads/use-move-lead"
import { QueryState } from "../../../../components/query-state"
import {
  FINAL_STATUSES,
  LEAD_STATUSES,
  scoreItems,
  useAddLeadNote,
  useAdminUsers,
  useLead,
  useLeadConsent,
  useLeadNotes,
  useLeadTimeline,
  useUpdateLead,
  userLabel,
  type Lead,
  type LeadStatus,
  type LeadTimelineLinks,
  type LeadTouch,
} from "../../../../hooks/leads"
import { useFormatters } from "../../../../lib/format"
import { safeHref } from "../../../../lib/safe-href"
import { backendPath } from "../../../../lib/sdk"
import { DetailRow } from "../../../../components/detail-row"

const TIMELINE_PAGE = 50
const UNASSIGNED = "__unassigned__"

function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {actions}
      </div>
      {children}
    </Container>
  )
}


/** One lead, everything the plugin knows about it, and the operator's controls. */
const LeadDetailPage = () => {
  const { id = "" } = useParams()
  const { t } = useTranslation("solar360")
  const { data, isLoading, error, refetch } = useLead(id)
  const [merging, setMerging] = useState(false)
  const lead = data?.lead

  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/solar360/leads" className="text-ui-fg-subtle txt-compact-small flex items-center gap-x-1 hover:text-ui-fg-base">
        <ArrowLeft /> {t("leads.detail.back")}
      </Link>
      <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()}>
        {lead && (
          <>
            <div className="grid grid-cols-1 gap-3 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <div className="flex flex-col gap-y-3">
                <LeadHeader lead={lead} onMerge={() => setMerging(true)} />
                <NotesSection leadId={lead.id} />
                <TimelineSection leadId={lead.id} />
              </div>
              <div className="flex flex-col gap-y-3">
                <ContactSection lead={lead} />
                <ScoreSection lead={lead} />
                <AttributionSection lead={lead} />
                <ConsentSection lead={lead} />
                <LinksSection lead={lead} />
              </div>
            </div>
            <MergeLeadModal lead={lead} open={merging} onOpenChange={setMerging} />
          </>
        )}
      </QueryState>
    </div>
  )
}

function LeadHeader({ lead, onMerge }: { lead: Lead; onMerge: () => void }) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const users = useAdminUsers()
  const update = useUpdateLead()
  const { move, prompt, isMoving } = useMoveLead()
  const [target, setTarget] = useState<string>("")
  const [note, setNote] = useState("")
  const isFinal = FINAL_STATUSES.includes(lead.status)

  const assign = async (value: string) => {
    try {
      await update.mutateAsync({ id: lead.id, assigned_to: value === UNASSIGNED ? null : value })
      toast.success(t("leads.detail.saved"))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{lead.name ?? lead.email ?? lead.phone ?? lead.id}</Heading>
            <LeadStatusBadge status={lead.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {lead.id} · {fmt.dateTime(lead.created_at)}
          </Text>
          {lead.status === "lost" && lead.lost_reason && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("leads.detail.lostReason", { reason: lead.lost_reason })}
            </Text>
          )}
          {lead.merged_into_id && (
            <Text size="small" className="text-ui-fg-error">
              {t("leads.detail.mergedInto", { id: lead.merged_into_id })}
            </Text>
          )}
        </div>
        <Button size="small" variant="secondary" onClick={onMerge}>
          {t("leads.detail.merge")}
        </Button>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Text size="small" weight="plus">
          {t("leads.detail.workflow")}
        </Text>
        <div className="flex flex-wrap items-end gap-2">
          <div className="w-48">
            <Select value={target} onValueChange={setTarget}>
              <Select.Trigger aria-label={t("leads.detail.changeStatus")}>
                <Select.Value placeholder={t("leads.detail.changeStatus")} />
              </Select.Trigger>
              <Select.Content>
                {LEAD_STATUSES.filter((status) => status !== lead.status).map((status) => (
                  <Select.Item key={status} value={status}>
                    {t(`leads.status.${status}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="min-w-48 flex-1">
            <Input
              size="small"
              aria-label={t("leads.detail.statusNote")}
              placeholder={t("leads.detail.statusNote")}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <Button
            size="small"
            disabled={!target}
            isLoading={isMoving}
            onClick={async () => {
              if (await move(lead, target as LeadStatus, note)) {
                setTarget("")
                setNote("")
              }
            }}
          >
            {isFinal ? t("leads.detail.reopen") : t("leads.detail.move")}
          </Button>
        </div>
        <div className="flex items-center gap-x-2">
          <Text size="small" className="text-ui-fg-subtle">
            {t("leads.detail.assignTo")}
          </Text>
          <div className="w-56">
            <Select value={lead.assigned_to ?? UNASSIGNED} onValueChange={assign} disabled={update.isPending}>
              <Select.Trigger aria-label={t("leads.detail.assignTo")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={UNASSIGNED}>{t("leads.unassigned")}</Select.Item>
                {lead.assigned_to && !users.data?.users.some((user) => user.id === lead.assigned_to) && (
                  <Select.Item value={lead.assigned_to}>{lead.assigned_to}</Select.Item>
                )}
                {(users.data?.users ?? []).map((user) => (
                  <Select.Item key={user.id} value={user.id}>
                    {userLabel(users.data?.users, user.id)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </div>
      {prompt}
    </Container>
  )
}

function ContactSection({ lead }: { lead: Lead }) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  return (
    <Section title={t("leads.detail.contact")}>
      <DetailRow label={t("leads.detail.email")}>{lead.email ?? "–"}</DetailRow>
      <DetailRow label={t("leads.detail.phone")}>{lead.phone ?? "–"}</DetailRow>
      <DetailRow label={t("leads.detail.company")}>{lead.company ?? "–"}</DetailRow>
      <DetailRow label={t("leads.detail.cpfCnpj")}>{lead.cpf_cnpj ?? "–"}</DetailRow>
      <DetailRow label={t("leads.detail.location")}>{[lead.city, lead.state].filter(Boolean).join(" / ") || "–"}</DetailRow>
      <DetailRow label={t("leads.detail.interests")}>
        {[lead.interest_type, ...(lead.interests ?? []).filter((interest) => interest !== lead.interest_type)]
          .map((interest) => t(`leads.interest.${interest}`, { defaultValue: interest }))
          .join(", ")}
      </DetailRow>
      <DetailRow label={t("leads.detail.monthlyBill")}>{fmt.currency(lead.monthly_bill_brl)}</DetailRow>
      <DetailRow label={t("leads.detail.monthlyConsumption")}>
        {lead.monthly_consumption_kwh === null || lead.monthly_consumption_kwh === undefined
          ? "–"
          : t("leads.detail.kwh", { value: fmt.decimal(lead.monthly_consumption_kwh) })}
      </DetailRow>
      {lead.message && <DetailRow label={t("leads.detail.message")}>{lead.message}</DetailRow>}
    </Section>
  )
}

function ScoreSection({ lead }: { lead: Lead }) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const items = scoreItems(lead)
  const threshold = Array.isArray(lead.score_breakdown) ? undefined : lead.score_breakdown?.threshold
  return (
    <Section
      title={t("leads.detail.score")}
      actions={
        <div className="flex items-center gap-x-2">
          <Badge color={lead.is_qualified ? "green" : "grey"} size="small">
            {fmt.integer(lead.score)}
          </Badge>
          <Text size="small" className="text-ui-fg-subtle">
            {lead.is_qualified ? t("leads.detail.qualified") : t("leads.detail.notQualified")}
            {threshold !== undefined ? ` · ${t("leads.detail.threshold", { threshold: fmt.integer(threshold) })}` : ""}
          </Text>
        </div>
      }
    >
      {items.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("leads.detail.noBreakdown")}
        </Text>
      ) : (
        <ul className="divide-y" data-testid="lead-score-breakdown">
          {items.map((item) => (
            <li key={item.factor} className="flex flex-col gap-y-0.5 px-6 py-2">
              <div className="flex items-center justify-between">
                <Text size="small" weight="plus">
                  {t(`leads.scoreFactor.${item.factor}`, { defaultValue: item.factor })}
                </Text>
                <Text size="small" className="tabular-nums">
                  {t("leads.detail.points", { points: fmt.decimal(item.points), max: fmt.decimal(item.max_points) })}
                </Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {item.reason}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

function TouchRows({ label, touch, at }: { label: string; touch: LeadTouch | null | undefined; at: string | null | undefined }) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const campaign = touch ? [touch.utm_source, touch.utm_medium, touch.utm_campaign].filter(Boolean).join(" / ") : ""
  const landing = safeHref(touch?.landing_page)
  return (
    <div className="flex flex-col gap-y-1 px-6 py-3">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          {label}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {fmt.dateTime(at ?? touch?.at)}
        </Text>
      </div>
      <Text size="small" className="text-ui-fg-subtle break-words">
        {campaign || t("leads.detail.noTouch")}
      </Text>
      {touch?.landing_page && (
        <Text size="xsmall" className="text-ui-fg-muted break-all">
          {landing ? (
            <a href={landing} target="_blank" rel="noreferrer noopener" className="hover:underline">
              {touch.landing_page}
            </a>
          ) : (
            touch.landing_page
          )}
        </Text>
      )}
      {touch?.referrer && (
        <Text size="xsmall" className="text-ui-fg-muted break-all">
          ← {touch.referrer}
        </Text>
      )}
    </div>
  )
}

function AttributionSection({ lead }: { lead: Lead }) {
  const { t } = useTranslation("solar360")
  return (
    <Section
      title={t("leads.detail.attribution")}
      actions={
        <Text size="small" className="text-ui-fg-subtle">
          {t("leads.detail.touches", { count: lead.touch_count ?? 1 })}
        </Text>
      }
    >
      <TouchRows label={t("leads.detail.firstTouch")} touch={lead.first_touch} at={lead.first_touch_at} />
      <TouchRows label={t("leads.detail.lastTouch")} touch={lead.last_touch} at={lead.last_touch_at} />
    </Section>
  )
}

function ConsentSection({ lead }: { lead: Lead }) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const consent = useLeadConsent(lead.id)
  const changes = consent.data?.consent_changes ?? []
  return (
    <Section title={t("leads.detail.consent")}>
      <div className="flex flex-col gap-y-1 px-6 py-3">
        <div className="flex items-center gap-x-2">
          <Badge size="2xsmall" color={lead.consent_marketing ? "green" : "grey"}>
            {lead.consent_marketing ? t("leads.detail.marketingGranted") : t("leads.detail.marketingNotGranted")}
          </Badge>
          {lead.consent_at && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("leads.detail.consentSince", { date: fmt.dateTime(lead.consent_at) })}
            </Text>
          )}
        </div>
        {lead.consent_terms_version && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("leads.detail.termsVersion", { version: lead.consent_terms_version })}
          </Text>
        )}
      </div>
      <QueryState isLoading={consent.isLoading} error={consent.error} onRetry={() => consent.refetch()} isEmpty={changes.length === 0}>
        <ul className="divide-y">
          {changes.map((change) => (
            <li key={change.id} className="flex flex-col px-6 py-2">
              <Text size="small">
                {change.purpose}: {change.granted ? t("leads.detail.granted") : t("leads.detail.withdrawn")} · {change.channel}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {fmt.dateTime(change.occurred_at)}
                {change.source ? ` · ${change.source}` : ""}
              </Text>
            </li>
          ))}
        </ul>
      </QueryState>
    </Section>
  )
}

function ApiLinks({ label, ids, path }: { label: string; ids: string[]; path: string }) {
  if (!ids.length) {
    return null
  }
  return (
    <DetailRow label={label}>
      <span className="flex flex-col">
        {ids.map((id) => (
          <a key={id} href={safeHref(backendPath(`${path}/${id}`))} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
            {id}
          </a>
        ))}
      </span>
    </DetailRow>
  )
}

function LinksSection({ lead }: { lead: Lead }) {
  const { t } = useTranslation("solar360")
  // The timeline answers the person's linked records (conversations, simulations, analyses).
  const timeline = useLeadTimeline(lead.id, { limit: TIMELINE_PAGE })
  const links: Partial<LeadTimelineLinks> = timeline.data?.links ?? {}
  const customerId = links.customer_id ?? lead.customer_id
  const orderId = links.order_id ?? lead.order_id
  const none =
    !customerId &&
    !orderId &&
    !links.helio_conversation_ids?.length &&
    !links.financing_simulation_ids?.length &&
    !links.solar_viability_analysis_ids?.length &&
    !links.photogrammetry_analysis_ids?.length
  return (
    <Section title={t("leads.detail.links")}>
      {none ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("leads.detail.noLinks")}
        </Text>
      ) : (
        <div className="divide-y">
          {customerId && (
            <DetailRow label={t("leads.detail.customer")}>
              <Link to={`/customers/${customerId}`} className="text-ui-fg-interactive hover:underline">
                {customerId}
              </Link>
            </DetailRow>
          )}
          {orderId && (
            <DetailRow label={t("leads.detail.order")}>
              <Link to={`/orders/${orderId}`} className="text-ui-fg-interactive hover:underline">
                {orderId}
              </Link>
            </DetailRow>
          )}
          <ApiLinks label={t("leads.detail.conversations")} ids={links.helio_conversation_ids ?? []} path="/admin/solar360/helio/conversations" />
          <ApiLinks label={t("leads.detail.simulations")} ids={links.financing_simulation_ids ?? []} path="/admin/solar360/financing-simulations" />
          <ApiLinks label={t("leads.detail.viability")} ids={links.solar_viability_analysis_ids ?? []} path="/admin/solar360/solar-viability-analyses" />
          <ApiLinks label={t("leads.detail.roof")} ids={links.photogrammetry_analysis_ids ?? []} path="/admin/solar360/photogrammetry-analyses" />
        </div>
      )}
    </Section>
  )
}

function NotesSection({ leadId }: { leadId: string }) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const users = useAdminUsers()
  const notes = useLeadNotes(leadId)
  const add = useAddLeadNote(leadId)
  const [body, setBody] = useState("")
  const list = notes.data?.notes ?? []

  const submit = async () => {
    try {
      await add.mutateAsync({ body: body.trim() })
      setBody("")
      toast.success(t("leads.detail.noteAdded"))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Section title={t("leads.detail.notes")}>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Textarea
          aria-label={t("leads.detail.notePlaceholder")}
          placeholder={t("leads.detail.notePlaceholder")}
          value={body}
          maxLength={5000}
          onChange={(event) => setBody(event.target.value)}
        />
        <div className="flex justify-end">
          <Button size="small" variant="secondary" disabled={!body.trim()} isLoading={add.isPending} onClick={submit}>
            {t("leads.detail.addNote")}
          </Button>
        </div>
      </div>
      <QueryState
        isLoading={notes.isLoading}
        error={notes.error}
        onRetry={() => notes.refetch()}
        isEmpty={list.length === 0}
        emptyText={t("leads.detail.noNotes")}
      >
        <ul className="divide-y" data-testid="lead-notes">
          {list.map((note) => (
            <li key={note.id} className="flex flex-col gap-y-1 px-6 py-3">
              <Text size="small" className="whitespace-pre-wrap">
                {note.body}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {[userLabel(users.data?.users, note.author_id), fmt.dateTime(note.created_at)].filter(Boolean).join(" · ")}
              </Text>
            </li>
          ))}
        </ul>
      </QueryState>
    </Section>
  )
}

function TimelineSection({ leadId }: { leadId: string }) {
  const { t } = useTranslation("solar360")
  // One page per cursor: "Load older" adds the next page after the last item shown.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined])
  return (
    <Section title={t("leads.detail.timeline")}>
      <ol className="divide-y" data-testid="lead-timeline">
        {cursors.map((before, index) => (
          <TimelinePage
            key={before ?? "first"}
            leadId={leadId}
            before={before}
            isLast={index === cursors.length - 1}
            onOlder={(next) => setCursors((current) => [...current, next])}
          />
        ))}
      </ol>
    </Section>
  )
}

function TimelinePage({
  leadId,
  before,
  isLast,
  onOlder,
}: {
  leadId: string
  before?: string
  isLast: boolean
  onOlder: (before: string) => void
}) {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const { data, isLoading, error, refetch } = useLeadTimeline(leadId, { limit: TIMELINE_PAGE, before })
  const items = data?.items ?? []
  // The API says where the next page starts (null on the last one).
  const nextBefore =
    data?.next_before !== undefined ? data.next_before : items.length === TIMELINE_PAGE ? items[items.length - 1].occurred_at : null
  return (
    <QueryState
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      isEmpty={!before && items.length === 0}
      emptyText={t("leads.detail.noTimeline")}
    >
      {items.map((item) => (
        <li key={`${item.type}-${item.id}`} className="flex items-start gap-x-3 px-6 py-3" data-type={item.type}>
          <Badge size="2xsmall" className="shrink-0">
            {t(`leads.timelineType.${item.type}`, { defaultValue: item.type })}
          </Badge>
          <Text size="small" className="flex-1 break-words">
            {item.summary}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted shrink-0">
            {fmt.dateTime(item.occurred_at)}
          </Text>
        </li>
      ))}
      {isLast && nextBefore && (
        <li className="px-6 py-3">
          <Button size="small" variant="secondary" onClick={() => onOlder(nextBefore)}>
            {t("leads.detail.loadOlder")}
          </Button>
        </li>
      )}
    </QueryState>
  )
}

export default LeadDetailPage

// The one client of the leads admin API (/admin/solar360/leads/...) for every leads screen:
// list, board, detail, create, import, merge. Pages call these hooks, never fetch themselves,
// so a mutation invalidates every list, column and detail that shows the lead.
import { LEAD_FUNNEL, LEAD_STATUSES, type LeadStatus } from "../../lib/leads/funnel"
import type { LeadInterestType } from "../../lib/leads/score"
import { useSolar360Mutation, useSolar360Query, type QueryParams } from "../lib/query"

export { LEAD_FUNNEL, LEAD_STATUSES }
export type { LeadStatus }

const LEADS = "/admin/solar360/leads"

// score.ts pulls the phone-number library with it; the admin bundle only needs the names, and
// `satisfies` keeps this list in step with the one the API validates against.
export const LEAD_INTEREST_TYPES = [
  "solar",
  "financing",
  "quote",
  "product",
  "catalog",
  "calculator",
  "chat",
  "other",
] as const satisfies readonly LeadInterestType[]

/** Where an operator met a lead they type in by hand (POST /leads `source`). */
export const MANUAL_LEAD_SOURCES = ["phone", "walk_in", "email", "event", "other"] as const

export const FINAL_STATUSES: readonly LeadStatus[] = ["converted", "lost"]

export type LeadScoreItem = {
  factor: string
  group?: "fit" | "engagement"
  points: number
  max_points: number
  reason: string
}

export type LeadTouch = Record<string, string | undefined> & { at?: string }

export type LeadStatusChange = {
  id: string
  from_status: string | null
  to_status: string
  note?: string | null
  actor_type?: string | null
  actor_id?: string | null
  created_at: string
}

export type Lead = {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  company: string | null
  cpf_cnpj?: string | null
  interest_type: string
  interests?: string[] | null
  message?: string | null
  monthly_bill_brl?: number | string | null
  monthly_consumption_kwh?: number | string | null
  city?: string | null
  state?: string | null
  status: LeadStatus
  lost_reason?: string | null
  score: number
  score_breakdown?: { factors?: LeadScoreItem[]; threshold?: number; scored_at?: string } | LeadScoreItem[] | null
  is_qualified: boolean
  assigned_to: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  first_touch?: LeadTouch | null
  last_touch?: LeadTouch | null
  first_touch_at?: string | null
  last_touch_at?: string | null
  touch_count?: number
  customer_id: string | null
  order_id: string | null
  conversion_value?: number | string | null
  consent_marketing?: boolean
  consent_terms_version?: string | null
  consent_at?: string | null
  merged_into_id?: string | null
  status_history?: LeadStatusChange[]
  created_at: string
  updated_at?: string
}

export type LeadNote = { id: string; body: string; author_id: string | null; created_at: string }

export type LeadConsentChange = {
  id: string
  purpose: string
  granted: boolean
  channel: string
  source: string | null
  terms_version: string | null
  occurred_at: string
  recorded_by: string | null
  note: string | null
}

export type LeadTimelineItem = {
  id: string
  type: string
  occurred_at: string
  summary: string
  data: Record<string, unknown>
}

export type LeadTimelineLinks = {
  customer_id: string | null
  order_id: string | null
  helio_conversation_ids: string[]
  financing_simulation_ids: string[]
  solar_viability_analysis_ids: string[]
  photogrammetry_analysis_ids: string[]
}

export type LeadListResponse = { leads: Lead[]; count: number; offset: number; limit: number }

export type LeadUpdate = {
  status?: LeadStatus
  reopen?: boolean
  lost_reason?: string | null
  assigned_to?: string | null
  note?: string
}

export type BulkLeadUpdate = { ids: string[] } & Omit<LeadUpdate, "reopen">

export type BulkLeadResult = { id: string; ok: true } | { id: string; ok: false; code: string; message: string }

export type LeadImportRow = {
  row: number
  action: "create" | "update" | "invalid"
  lead_id?: string
  match?: { lead_id: string; by: "email" | "phone" | "cpf_cnpj" }
  errors?: { field: string; message: string }[]
}

export type LeadImportResponse = {
  dry_run: boolean
  summary: { rows: number; create: number; update: number; invalid: number }
  rows: LeadImportRow[]
}

export type ManualLeadInput = {
  source: (typeof MANUAL_LEAD_SOURCES)[number]
  name?: string
  email?: string
  phone?: string
  company?: string
  cpf_cnpj?: string
  interest_type?: string
  message?: string
  monthly_bill_brl?: number
  monthly_consumption_kwh?: number
  city?: string
  state?: string
  assigned_to?: string
  note?: string
}

export type AdminUser = { id: string; email: string; first_name: string | null; last_name: string | null }

/** The score's factors as stored (`{ factors, weights, threshold, scored_at }`). */
export function scoreItems(lead: Pick<Lead, "score_breakdown">): LeadScoreItem[] {
  const value = lead.score_breakdown
  if (Array.isArray(value)) {
    return value
  }
  return value && Array.isArray(value.factors) ? value.factors : []
}

export const useLeads = (query: QueryParams, options?: { enabled?: boolean }) =>
  useSolar360Query<LeadListResponse>(LEADS, query, { placeholderData: (previous) => previous, ...options })

export const useLead = (id: string) => useSolar360Query<{ lead: Lead }>(`${LEADS}/${id}`)

export const useLeadNotes = (id: string) =>
  useSolar360Query<{ notes: LeadNote[]; count: number }>(`${LEADS}/${id}/notes`, { limit: 100 })

export const useLeadConsent = (id: string) =>
  useSolar360Query<{ consent_changes: LeadConsentChange[]; count: number }>(
    `${LEADS}/${id}/consent`,
    { limit: 20 }
  )

export const useLeadTimeline = (id: string, query: { limit: number; before?: string }) =>
  useSolar360Query<{ items: LeadTimelineItem[]; links: LeadTimelineLinks; next_before?: string | null }>(`${LEADS}/${id}/timeline`, query, {
    placeholderData: (previous) => previous,
  })

/** The dashboard's users, to assign leads by name rather than by id. */
export const useAdminUsers = () =>
  useSolar360Query<{ users: AdminUser[] }>("/admin/users", { limit: 100, fields: "id,email,first_name,last_name" }, {
    staleTime: 5 * 60 * 1000,
  })

export function userLabel(users: AdminUser[] | undefined, id: string | null | undefined): string | null {
  if (!id) {
    return null
  }
  const user = users?.find((candidate) => candidate.id === id)
  if (!user) {
    return id
  }
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
  return name || user.email
}

export const useUpdateLead = () =>
  useSolar360Mutation<{ id: string } & LeadUpdate, { lead: Lead }>(({ id }) => `${LEADS}/${id}`, {
    body: ({ id: _id, ...body }) => body,
    invalidates: [LEADS],
  })

export const useBulkUpdateLeads = () =>
  useSolar360Mutation<BulkLeadUpdate, { results: BulkLeadResult[] }>(`${LEADS}/bulk`, { invalidates: [LEADS] })

export const useAddLeadNote = (id: string) =>
  useSolar360Mutation<{ body: string }, { note: LeadNote }>(`${LEADS}/${id}/notes`, { invalidates: [`${LEADS}/${id}`] })

export const useCreateLead = () =>
  useSolar360Mutation<ManualLeadInput, { lead: Lead; deduplicated: boolean }>(LEADS, { invalidates: [LEADS] })

export const useImportLeads = () =>
  useSolar360Mutation<{ csv: string; dry_run: boolean }, LeadImportResponse>(`${LEADS}/import`, {
    invalidates: [LEADS],
  })

export const useMergeLead = (id: string) =>
  useSolar360Mutation<{ from_id: string }, { lead: Lead }>(`${LEADS}/${id}/merge`, { invalidates: [LEADS] })

export { LEADS as LEADS_PATH }

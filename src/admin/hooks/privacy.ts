import { useMutation, useQueryClient } from "@tanstack/react-query"
import { backendPath, sdk } from "../lib/sdk"
import { SOLAR360_QUERY_ROOT, useSolar360Mutation, useSolar360Query } from "../lib/query"

/** The identifiers a data-subject request accepts (any of them, at least one). */
export type SubjectIdentifiers = Partial<Record<"email" | "phone" | "cpf_cnpj" | "customer_id" | "lead_id", string>>

export type SubjectSummary = {
  subject: { lead_ids: string[]; customer_ids: string[]; anonymous_ids: string[]; session_ids: string[] }
  models: Record<string, { count: number; first_at?: string | null; last_at?: string | null; personal_data?: false }>
  total: number
}
export type Erasure = { audit_id: string; mode: string; counts: Record<string, number>; total: number; replayed: boolean }
export type RetentionPreview = { now: string; cutoffs: Record<string, string | null>; counts: Record<string, number> }
export type PrivacyAudit = {
  id: string
  action: string
  mode: string | null
  format: string | null
  counts: Record<string, number>
  reason: string | null
  created_at: string
}

const PRIVACY = "/admin/solar360/privacy"

/** What the next daily retention run deletes. */
export function useRetentionPreview() {
  return useSolar360Query<RetentionPreview>(`${PRIVACY}/retention`)
}

/** The latest export and erasure requests (audit trail). */
export function usePrivacyAudits(limit = 20) {
  return useSolar360Query<{ audits: PrivacyAudit[] }>(`${PRIVACY}/audit`, { limit })
}

/** Everything held about a person. A POST: identifiers in the body, never in a URL an access log keeps. */
export function useSubjectSearch() {
  return useSolar360Mutation<{ identifiers: SubjectIdentifiers }, SubjectSummary>(`${PRIVACY}/subjects/search`)
}

/**
 * The portable export of a person (LGPD art. 18), saved through a blob URL: a POST download
 * (identifiers in the body), which the JSON client of the SDK cannot return as a file.
 */
export async function downloadSubjectExport({
  identifiers,
  format,
}: {
  identifiers: SubjectIdentifiers
  format: "json" | "zip"
}): Promise<void> {
  const response = await fetch(backendPath(`${PRIVACY}/subjects/export`), {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifiers, format }),
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null
    throw new Error(body?.message ?? response.statusText)
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `data-subject.${format}`
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}

export function useSubjectExport() {
  const queryClient = useQueryClient()
  return useMutation<void, Error, { identifiers: SubjectIdentifiers; format: "json" | "zip" }>({
    mutationFn: downloadSubjectExport,
    // Every export is audited: the audit trail has a new row.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [SOLAR360_QUERY_ROOT, `${PRIVACY}/audit`] }),
  })
}

/**
 * Anonymises or deletes every Solar360 record of a person. The Idempotency-Key makes a double
 * click or a retried request erase once. Afterwards every Solar360 view is stale.
 */
export function useSubjectErase() {
  const queryClient = useQueryClient()
  return useMutation<
    { erasure: Erasure },
    Error,
    { identifiers: SubjectIdentifiers; mode: "anonymise" | "delete"; reason: string }
  >({
    mutationFn: ({ identifiers, mode, reason }) =>
      sdk.client.fetch<{ erasure: Erasure }>(`${PRIVACY}/subjects/erase`, {
        method: "POST",
        body: { identifiers, mode, reason },
        headers: { "Idempotency-Key": `${new URLSearchParams(identifiers).toString()}|${mode}|${reason}` },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [SOLAR360_QUERY_ROOT] }),
  })
}

import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import type { QueryParams } from "../../lib/query"

export const LEADS_PAGE_SIZE = 20

export type LeadView = "list" | "board"

/**
 * The leads page's state lives in the URL (view, filters, search, page), so a filtered board or
 * list can be bookmarked, shared and reloaded. Lists are comma-separated: `?status=new,contacted`.
 */
export function useLeadFilters() {
  const [params, setParams] = useSearchParams()

  const list = (key: string) => (params.get(key) ?? "").split(",").filter(Boolean)
  const view: LeadView = params.get("view") === "board" ? "board" : "list"
  const status = list("status")
  const interest = list("interest_type")
  const assigned = params.get("assigned_to") ?? ""
  const qualified = params.get("is_qualified") ?? ""
  const q = params.get("q") ?? ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)

  const update = useCallback(
    (changes: Record<string, string | string[] | number | null | undefined>, { keepOffset = false } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [key, value] of Object.entries(changes)) {
            const text = Array.isArray(value) ? value.join(",") : value === null || value === undefined ? "" : String(value)
            if (text === "" || (key === "offset" && text === "0")) {
              next.delete(key)
            } else {
              next.set(key, text)
            }
          }
          if (!keepOffset && !("offset" in changes)) {
            next.delete("offset")
          }
          return next
        },
        { replace: true }
      )
    },
    [setParams]
  )

  const key = params.toString()
  /** The API's filters, without status (the board adds one per column) and without paging. */
  const apiFilters = useMemo<QueryParams>(
    () => ({
      q: q.trim() || undefined,
      interest_type: interest.length ? interest : undefined,
      assigned_to: assigned || undefined,
      is_qualified: qualified === "true" || qualified === "false" ? qualified : undefined,
    }),
    // The search params string is the whole state: recompute only when it changes.
    [key]
  )

  return { view, status, interest, assigned, qualified, q, offset, apiFilters, update }
}

import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import {
  comparisonRange,
  defaultInterval,
  readDateRange,
  todayIn,
  type Comparison,
  type DateRangePreset,
  type DayRange,
} from "../lib/date-range"

/**
 * A dashboard's date range and comparison, kept in the URL (`?range=7d&compare=year`, or
 * `?range=custom&from=…&to=…`) so a view can be bookmarked and shared. Every chart and table
 * on the page reads the same range.
 */
export function useDateRange(fallback: Exclude<DateRangePreset, "custom"> = "30d") {
  const [params, setParams] = useSearchParams()
  const key = params.toString()
  const state = useMemo(() => {
    const read = readDateRange(params, todayIn(), fallback)
    return {
      ...read,
      compareTo: comparisonRange(read.range, read.comparison),
      interval: defaultInterval(read.range),
    }
    // The search string is the whole state.
  }, [key, fallback])

  const set = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [name, value] of Object.entries(changes)) {
            if (value === null) {
              next.delete(name)
            } else {
              next.set(name, value)
            }
          }
          // A list's page belongs to the old range.
          next.delete("offset")
          return next
        },
        { replace: true }
      ),
    [setParams]
  )

  const setPreset = useCallback(
    (preset: DateRangePreset) =>
      preset === "custom"
        ? set({ range: "custom", from: state.range.from, to: state.range.to })
        : set({ range: preset, from: null, to: null }),
    [set, state.range.from, state.range.to]
  )
  const setCustom = useCallback((range: DayRange) => set({ range: "custom", from: range.from, to: range.to }), [set])
  const setComparison = useCallback((comparison: Comparison) => set({ compare: comparison }), [set])

  return { ...state, setPreset, setCustom, setComparison }
}

export type DateRangeState = ReturnType<typeof useDateRange>

"use client"

// A page view on the first render and on every App Router navigation. Next.js changes the
// URL without a full load, so the pathname and search params are the signal. Render it inside
// <Suspense> (useSearchParams needs a boundary on statically rendered pages).
import { useEffect, useRef } from "react"
import { usePathname, useSearchParams } from "next/navigation"
import { readCampaign } from "medusa-plugin-solar360/client"
import { useSolar360 } from "./provider"

export function Solar360PageViews() {
  const { tracker } = useSolar360()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const lastUrl = useRef<string | null>(null)

  useEffect(() => {
    if (!tracker) return
    const query = searchParams.toString()
    const url = query ? `${pathname}?${query}` : pathname
    // React's development mode runs effects twice: one view per URL.
    if (url === lastUrl.current) return
    lastUrl.current = url
    // A link with new utm_* parameters starts a new campaign (and session), as on a landing.
    tracker.setLandingCampaign(readCampaign(window.location.href))
    tracker.page()
  }, [tracker, pathname, searchParams])

  return null
}

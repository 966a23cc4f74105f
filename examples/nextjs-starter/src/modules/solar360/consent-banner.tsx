"use client"

// LGPD: until the visitor answers, the tracker keeps events in memory only and sends nothing.
// "Accept" lets the queue flow; "Refuse" drops it and every id. The privacy notice text comes
// from the plugin's data practices route, so it says what the store really records.
import { useEffect, useState } from "react"
import type { StoreResponse } from "medusa-plugin-solar360/client"
import { saveConsentChoice } from "./consent-choice"
import { useSolar360 } from "./provider"

type Practices = StoreResponse<"/store/solar360/data-practices">

export function ConsentBanner({ lang = "pt-BR" }: { lang?: "pt-BR" | "en" }) {
  const { store, tracker } = useSolar360()
  const [open, setOpen] = useState(false)
  const [practices, setPractices] = useState<Practices | null>(null)

  useEffect(() => {
    // Only once the tracker exists (browser) and only while the visitor has not answered.
    setOpen(tracker?.consentState === "pending")
  }, [tracker])

  const answer = (analytics: boolean) => {
    saveConsentChoice(analytics)
    tracker?.setConsent({ analytics })
    setOpen(false)
  }

  const details = async () => {
    setPractices(await store.dataPractices.list({ lang }))
  }

  if (!open) return null
  return (
    <div role="dialog" aria-label="Privacy">
      <p>We use analytics to improve the store. Nothing is sent until you choose.</p>
      <button onClick={() => answer(true)}>Accept</button>
      <button onClick={() => answer(false)}>Refuse</button>
      <button onClick={details}>What do you record?</button>
      {practices && (
        <ul>
          {practices.data_practices.map((practice) => (
            <li key={practice.category}>
              <strong>{practice.category}</strong>: {practice.purpose}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** For the privacy page: withdraws consent and forgets the visitor's ids. */
export function OptOutButton() {
  const { tracker } = useSolar360()
  return (
    <button
      onClick={() => {
        saveConsentChoice(false)
        tracker?.optOut()
      }}
    >
      Stop analytics and forget me
    </button>
  )
}

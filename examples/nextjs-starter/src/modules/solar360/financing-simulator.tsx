"use client"

// The financing simulator. The first answer carries a resume token (shown only once): the
// example keeps it in localStorage, so a guest can reopen the simulation later on any page of
// this browser, without login. The token goes in the x-resume-token header, never in a URL.
import { useEffect, useState, type FormEvent } from "react"
import { isStoreError, type StoreRequestBody, type StoreResponse } from "medusa-plugin-solar360/client"
import type { EventCategory } from "./event-category"
import { useSolar360 } from "./provider"

type Simulation = StoreResponse<"/store/solar360/financing-simulations/{id}">["financing_simulation"]
type SimulationBody = StoreRequestBody<"/store/solar360/financing-simulations">
type Saved = { id: string; resumeToken: string }

const SAVED_KEY = "solar360.financing-simulation"

function readSaved(): Saved | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(SAVED_KEY) ?? "null") as Saved | null
    return saved && typeof saved.id === "string" && typeof saved.resumeToken === "string" ? saved : null
  } catch {
    return null
  }
}

const brl = (value: number | null | undefined) =>
  value == null ? "-" : value.toLocaleString("pt-BR", { style: "currency", currency: "BRL" })

export function FinancingSimulator() {
  const { store, tracker } = useSolar360()
  const [simulation, setSimulation] = useState<Simulation | null>(null)
  const [saved, setSaved] = useState<Saved | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => setSaved(readSaved()), [])

  async function simulate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const number = (name: string) => Number(String(form.get(name) ?? "").replace(",", "."))
    const body: SimulationBody = {
      system_cost: number("system_cost"),
      down_payment: number("down_payment"),
      term_months: number("term_months"),
      interest_rate_monthly: number("interest_rate_monthly"),
      person_type: "PF",
    }
    setError(null)
    try {
      // One key per submission: a retry of the same click answers the same record.
      const answer = await store.financingSimulations.create(body, { idempotencyKey: crypto.randomUUID() })
      setSimulation(answer.financing_simulation)
      const id = answer.financing_simulation.id
      if (id && answer.resume_token) {
        const next = { id, resumeToken: answer.resume_token }
        window.localStorage.setItem(SAVED_KEY, JSON.stringify(next))
        setSaved(next)
      }
      tracker?.track("financing_simulated", "engagement" satisfies EventCategory, { value: body.system_cost })
    } catch (failure) {
      setError(isStoreError(failure) ? failure.message : "The simulation failed: please try again.")
    }
  }

  async function reopen() {
    if (!saved) return
    try {
      const { financing_simulation } = await store.financingSimulations.retrieve(saved.id, { resumeToken: saved.resumeToken })
      setSimulation(financing_simulation)
    } catch (failure) {
      // 404: gone (retention) or the token no longer matches: forget it.
      if (isStoreError(failure) && failure.status === 404) {
        window.localStorage.removeItem(SAVED_KEY)
        setSaved(null)
      }
      setError("Your earlier simulation could not be opened.")
    }
  }

  return (
    <section>
      {saved && !simulation && <button onClick={reopen}>Reopen my last simulation</button>}
      <form onSubmit={simulate}>
        <label>
          System cost (R$) <input name="system_cost" type="number" required />
        </label>
        <label>
          Down payment (R$) <input name="down_payment" type="number" defaultValue={0} />
        </label>
        <label>
          Term (months) <input name="term_months" type="number" defaultValue={60} />
        </label>
        <label>
          Interest (% a month) <input name="interest_rate_monthly" type="number" step="0.01" defaultValue={1.9} />
        </label>
        <button type="submit">Simulate</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {simulation && (
        <dl>
          <dt>Monthly payment</dt>
          <dd>{brl(simulation.monthly_payment)}</dd>
          <dt>Total paid</dt>
          <dd>{brl(simulation.total_paid)}</dd>
          <dt>Effective annual cost (CET)</dt>
          <dd>{simulation.cet_annual == null ? "-" : `${simulation.cet_annual.toFixed(2)}%`}</dd>
        </dl>
      )}
    </section>
  )
}

"use client"

// A quote request. The plugin answers 202 with a receipt whether the contact is new or known
// (it never tells), 400 with the problems of the fields, 429 when one visitor sends too many.
import { useState, type FormEvent } from "react"
import { invalidFields, isStoreError, type StoreRequestBody } from "medusa-plugin-solar360/client"
import type { EventCategory } from "./event-category"
import { useSolar360 } from "./provider"

type LeadBody = StoreRequestBody<"/store/solar360/leads">
const FIELDS = ["name", "email", "phone", "monthly_bill_brl", "city", "state", "consent"] as const
type Field = (typeof FIELDS)[number]

export function LeadForm({ termsVersion }: { termsVersion: string }) {
  const { store, tracker } = useSolar360()
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [receipt, setReceipt] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: Field) => String(form.get(name) ?? "").trim() || undefined
    const bill = text("monthly_bill_brl")
    const params = new URLSearchParams(window.location.search)
    const body: LeadBody = {
      name: text("name"),
      email: text("email"),
      phone: text("phone"),
      city: text("city"),
      state: text("state"),
      monthly_bill_brl: bill === undefined ? undefined : Number(bill.replace(",", ".")),
      interest_type: "quote",
      landing_page: window.location.pathname,
      utm_source: params.get("utm_source") ?? undefined,
      utm_campaign: params.get("utm_campaign") ?? undefined,
      consent: { marketing: form.get("marketing") === "on", terms_version: termsVersion },
    }

    setSending(true)
    setErrors({})
    setFormError(null)
    try {
      const { receipt } = await store.leads.capture(body)
      setReceipt(receipt.id)
      tracker?.track("generate_lead", "form" satisfies EventCategory, { value: body.monthly_bill_brl ?? undefined })
    } catch (error) {
      const { fields, other } = invalidFields(error, FIELDS)
      setErrors(fields)
      if (other.length) {
        setFormError(other.join(". "))
      } else if (isStoreError(error) && error.status === 429) {
        setFormError("Too many requests: try again in a minute.")
      } else if (!Object.keys(fields).length) {
        setFormError("We could not send your request. Please try again.")
      }
    } finally {
      setSending(false)
    }
  }

  if (receipt) {
    return <p role="status">Thank you! We will contact you soon.</p>
  }
  const field = (name: Field, label: string, type = "text") => (
    <label>
      {label}
      <input name={name} type={type} aria-invalid={errors[name] ? true : undefined} />
      {errors[name] && <span role="alert">{errors[name]}</span>}
    </label>
  )
  return (
    <form onSubmit={submit} noValidate>
      {field("name", "Name")}
      {field("email", "E-mail", "email")}
      {field("phone", "Phone", "tel")}
      {field("monthly_bill_brl", "Monthly energy bill (R$)", "number")}
      {field("city", "City")}
      {field("state", "State (UF)")}
      <label>
        <input name="marketing" type="checkbox" /> I agree to receive offers by e-mail and WhatsApp
      </label>
      {errors.consent && <span role="alert">{errors.consent}</span>}
      {formError && <p role="alert">{formError}</p>}
      <button type="submit" disabled={sending}>
        Request a quote
      </button>
    </form>
  )
}

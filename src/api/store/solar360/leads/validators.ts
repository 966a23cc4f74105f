import { z } from "@medusajs/framework/zod"
import { classifyTaxId, isValidEmail, normalizeCpfCnpj } from "../../../../lib/identifiers"
import { LEAD_INTEREST_TYPES } from "../../../../lib/leads"

export const BRAZILIAN_STATES = [
  "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
  "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
] as const

const text = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => text(max).nullish()

/**
 * A lead from the storefront. Strict: fields only the store may set (status, score,
 * is_qualified, customer_id, order_id, conversion fields) are unknown here and so a 400.
 */
const StoreLeadFields = z.object({
    name: optionalText(200),
    email: z
      .string()
      .trim()
      .max(254)
      .refine(isValidEmail, "email must be a valid e-mail address")
      .nullish(),
    phone: z.string().trim().min(8).max(32).nullish(),
    company: optionalText(200),
    cpf_cnpj: z
      .string()
      .trim()
      .max(32)
      .refine((value) => classifyTaxId(value) !== null, {
        message: "cpf_cnpj must be a valid CPF or CNPJ (check digits do not match)",
      })
      .transform(normalizeCpfCnpj)
      .nullish(),
    interest_type: z.enum(LEAD_INTEREST_TYPES).default("other"),
    message: optionalText(5000),
    monthly_bill_brl: z.number().min(0).max(1_000_000).nullish(),
    monthly_consumption_kwh: z.number().min(0).max(10_000_000).nullish(),
    city: optionalText(120),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .pipe(z.enum(BRAZILIAN_STATES, { message: "state must be a Brazilian state (UF) such as SP" }))
      .nullish(),
    utm_source: optionalText(200),
    utm_medium: optionalText(200),
    utm_campaign: optionalText(200),
    utm_term: optionalText(200),
    utm_content: optionalText(200),
    gclid: optionalText(300),
    fbclid: optionalText(300),
    landing_page: optionalText(2048),
    referrer: optionalText(2048),
    // The tracker's ids (same format as on events): stored only under analytics consent.
    anonymous_id: optionalText(200),
    session_id: optionalText(200),
    consent: z
      .object({
        marketing: z.boolean().optional(),
        terms_version: text(50).optional(),
        // As on events: false keeps the tracker's ids off the lead; absent, the
        // `analytics.requireConsent` option decides.
        analytics: z.boolean().optional(),
      })
      .strict()
      .refine((consent) => consent.marketing === undefined || consent.terms_version !== undefined, {
        message: "terms_version is required with a marketing statement",
        path: ["terms_version"],
      })
      .refine((consent) => consent.marketing !== undefined || consent.analytics !== undefined, {
        message: "consent needs a marketing or an analytics statement",
      })
      .optional(),
  })

const hasContact = (lead: { email?: string | null; phone?: string | null }) => Boolean(lead.email || lead.phone)
const contactRequired = { message: "an e-mail or a phone number is required", path: ["email"] }

export const StoreCreateLead = StoreLeadFields.strict().refine(hasContact, contactRequired)

export type StoreCreateLead = z.infer<typeof StoreCreateLead>

/**
 * The contact a calculator (or another storefront form) collects alongside its own input: it
 * creates or touches a lead through the same capture rules (dedupe, verification, consent).
 */
export const StoreLeadContact = StoreLeadFields.pick({
  name: true,
  email: true,
  phone: true,
  company: true,
  city: true,
  state: true,
  message: true,
  anonymous_id: true,
  session_id: true,
  consent: true,
})
  .strict()
  .refine(hasContact, contactRequired)

export type StoreLeadContact = z.infer<typeof StoreLeadContact>

/** The double opt-in token from the confirmation link (posted, so it stays out of URLs we log). */
export const StoreConfirmLeadConsent = z
  .object({
    token: z.string().trim().min(1).max(512),
  })
  .strict()

export type StoreConfirmLeadConsent = z.infer<typeof StoreConfirmLeadConsent>

import { z } from "@medusajs/framework/zod"
import { dateTime, json } from "../../../utils/response-schemas"

const record = (id: string) => z.looseObject({ id: z.string() }).meta({ id })

// One record schema per data set, shared by the 360° views (customer, order).
export const Admin360Lead = record("Admin360Lead")
export const Admin360Conversation = record("Admin360Conversation")
export const Admin360Simulation = record("Admin360Simulation")
export const Admin360ViabilityAnalysis = record("Admin360ViabilityAnalysis")
export const Admin360RoofAnalysis = record("Admin360RoofAnalysis")

export const Admin360TimelineEntry = z
  .object({ kind: z.string(), id: z.string(), at: z.string(), label: z.string().nullable() })
  .meta({
    id: "Admin360TimelineEntry",
    example: { kind: "event", id: "evt_01", at: "2026-03-01T12:00:00.000Z", label: "page_view" },
  })

export const AdminCustomerOverviewResponse = z
  .object({
    customer: z.looseObject({ id: z.string(), email: z.string().nullable().optional() }),
    anonymous_ids: z.array(z.string()),
    leads: z.array(Admin360Lead),
    conversations: z.array(Admin360Conversation),
    simulations: z.array(Admin360Simulation),
    viability_analyses: z.array(Admin360ViabilityAnalysis),
    roof_analyses: z.array(Admin360RoofAnalysis),
    events: z.array(record("Admin360Event")),
    catalog_activity: z.array(record("Admin360CatalogActivity")),
    consent: z.object({
      marketing: z.boolean().nullable(),
      terms_version: z.string().nullable(),
      at: dateTime().nullable(),
      lead_id: z.string().nullable(),
      analytics: z.boolean().nullable(),
      history: z.array(json()),
    }),
    timeline: z.array(Admin360TimelineEntry),
    limit: z.number().int(),
    since: dateTime(),
  })
  .meta({ id: "AdminCustomerOverviewResponse" })
export type AdminCustomerOverviewResponse = z.infer<typeof AdminCustomerOverviewResponse>

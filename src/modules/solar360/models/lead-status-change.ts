import { model } from "@medusajs/framework/utils"
import { LEAD_STATUSES } from "../../../lib/leads"
import { Lead } from "./lead"

export const LEAD_STATUS_ACTOR_TYPES = ["user", "customer", "system"] as const

/**
 * One entry of a lead's status history: who moved it, from where to where, when and why.
 * Append-only; the funnel report and LGPD art. 20 reviews read it.
 */
export const LeadStatusChange = model
  .define("lead_status_change", {
    id: model.id({ prefix: "lsc" }).primaryKey(),
    lead: model.belongsTo(() => Lead, { mappedBy: "status_history" }),
    // null for the entry that records the lead's creation
    from_status: model.enum([...LEAD_STATUSES]).nullable(),
    to_status: model.enum([...LEAD_STATUSES]),
    actor_type: model.enum([...LEAD_STATUS_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["to_status"] },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_lead_status_change_created_at_all", on: ["created_at"], where: null },
    // Not partial, unlike the one Medusa adds for the relation: deleting a lead checks the
    // foreign key with "WHERE lead_id = $1" (soft-deleted rows too), which only this index
    // answers; without it the data retention scanned the whole history per deleted lead.
    { name: "IDX_lead_status_change_lead_id_all", on: ["lead_id"], where: null },
  ])

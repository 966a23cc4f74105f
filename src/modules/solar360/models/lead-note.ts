import { model } from "@medusajs/framework/utils"
import { Lead } from "./lead"

/**
 * A note an operator wrote on a lead ("called, asked for a visit on Friday").
 * Append-only like the status history; the body is PII-redacted before it is stored,
 * like every other free text, so a note never becomes a second copy of a CPF or phone.
 */
export const LeadNote = model
  .define("lead_note", {
    id: model.id({ prefix: "lnote" }).primaryKey(),
    lead: model.belongsTo(() => Lead, { mappedBy: "lead_notes" }),
    body: model.text(),
    // The admin user who wrote it (null when a script or an import did)
    author_id: model.text().nullable(),
  })
  .indexes([
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_lead_note_created_at_all", on: ["created_at"], where: null },
    // Full index, like the status history's: deleting a lead checks the foreign key on all rows.
    { name: "IDX_lead_note_lead_id_all", on: ["lead_id"], where: null },
  ])

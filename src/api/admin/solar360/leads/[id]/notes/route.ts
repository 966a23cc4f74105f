import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../../modules/solar360"
import { addLeadNoteWorkflow } from "../../../../../../workflows/leads"
import { respondWithList } from "../../../../../utils/list-response"
import { refetchOrNotFound } from "../../../../../utils/refetch-or-not-found"
import { AdminCreateLeadNote, AdminGetLeadNotesParams } from "../../validators"
import type { AdminLeadNoteListResponse, AdminLeadNoteResponse } from "../../responses"

/** The operators' notes on a lead, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLeadNotesParams>,
  res: MedusaResponse<AdminLeadNoteListResponse>
) => {
  await refetchOrNotFound({
    scope: req.scope,
    entity: "lead",
    id: req.params.id,
    fields: ["id"],
    notFoundMessage: `Lead with id "${req.params.id}" was not found`,
  })
  await respondWithList(req, res, {
    entity: "lead_note",
    key: "notes",
    filters: { lead_id: req.params.id },
    defaultOrder: { created_at: "DESC", id: "DESC" },
  })
}

/** Adds a note (PII-redacted before it is stored); the author is the calling admin. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateLeadNote>,
  res: MedusaResponse<AdminLeadNoteResponse>
) => {
  const { result } = await addLeadNoteWorkflow(req.scope).run({
    input: { lead_id: req.params.id, body: req.validatedBody.body, author_id: req.auth_context.actor_id },
  })
  res.status(201).json({ note: result })
}

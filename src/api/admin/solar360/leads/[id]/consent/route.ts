import { AuthenticatedMedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { LEAD_CONSENT_FIELDS } from "../../../../../../modules/solar360"
import { notFound } from "../../../../../../modules/solar360"
import { respondWithList } from "../../../../../utils/list-response"
import { refetchOrNotFound } from "../../../../../utils/refetch-or-not-found"
import { recordLeadConsentWorkflow } from "../../../../../../workflows/leads"
import { LEAD_CONSENT_CHANGE_FIELDS } from "../../query-config"
import { AdminGetLeadConsentParams, AdminRecordLeadConsent } from "../../validators"
import type { AdminLeadConsentListResponse, AdminRecordLeadConsentResponse } from "../../responses"

/** The lead's consent history, newest statement first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLeadConsentParams>,
  res: MedusaResponse<AdminLeadConsentListResponse>
) => {
  await refetchOrNotFound({
    scope: req.scope,
    entity: "lead",
    id: req.params.id,
    fields: ["id"],
    notFoundMessage: `Lead with id "${req.params.id}" was not found`,
  })
  await respondWithList(req, res, {
    entity: "lead_consent_change",
    key: "consent_changes",
    filters: { lead_id: req.params.id },
    defaultOrder: { occurred_at: "DESC", created_at: "DESC" },
  })
}

/**
 * Records a consent statement (granted or withdrawn) made through `channel`, by whoever
 * calls (admin user or secret API key). Answers the lead's consent state in force and the
 * history row; `applied: false` when a newer statement of that purpose was already recorded.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordLeadConsent>,
  res: MedusaResponse<AdminRecordLeadConsentResponse>
) => {
  const body = req.validatedBody
  const { result } = await recordLeadConsentWorkflow(req.scope).run({
    input: {
      lead_id: req.params.id,
      purpose: body.purpose,
      granted: body.granted,
      channel: body.channel,
      source: body.source ?? null,
      terms_version: body.terms_version ?? null,
      occurred_at: body.occurred_at ?? new Date(),
      recorded_by: req.auth_context.actor_id,
      note: body.note ?? null,
    },
  })

  const lead = await refetchEntity({
    entity: "lead",
    idOrFilter: result.lead_id,
    scope: req.scope,
    fields: ["id", ...LEAD_CONSENT_FIELDS],
  })
  const consent_change = await refetchEntity({
    entity: "lead_consent_change",
    idOrFilter: result.consent_change_id,
    scope: req.scope,
    fields: LEAD_CONSENT_CHANGE_FIELDS,
  })
  res.json({ lead, consent_change, applied: result.applied })
}

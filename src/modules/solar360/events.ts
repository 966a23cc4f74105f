/** Events the plugin emits on Medusa's event bus; a store subscribes to them by name. */
export const Solar360Events = {
  LEAD_CREATED: "solar360.lead.created",
  LEAD_UPDATED: "solar360.lead.updated",
  LEAD_CONVERTED: "solar360.lead.converted",
  /**
   * A lead's assignee changed (an operator, a bulk change, or the `leads.assignment` rule on a
   * new lead): `{ id, assigned_to, previous_assigned_to, actor_type }`, ids only.
   */
  LEAD_ASSIGNED: "solar360.lead.assigned",
  /** A consent statement became a lead's current state: `{ id, purpose, granted }`. */
  LEAD_CONSENT_CHANGED: "solar360.lead.consent_changed",
  /**
   * A capture's consent statement waits for a double opt-in: the data (LeadConsentConfirmationRequest)
   * holds the lead's own e-mail/phone, the token, the link and its expiry, for a notification provider.
   */
  LEAD_CONSENT_CONFIRMATION_REQUESTED: "solar360.lead.consent_confirmation_requested",
  FINANCING_SIMULATION_CREATED: "solar360.financing_simulation.created",
  FINANCING_SIMULATION_ACCEPTED: "solar360.financing_simulation.accepted",
  SOLAR_VIABILITY_ANALYSIS_CREATED: "solar360.solar_viability_analysis.created",
  /** A financing simulation moved in the bank's credit analysis: `{ id, status }`. */
  FINANCING_SIMULATION_CREDIT_ANALYSIS_UPDATED: "solar360.financing_simulation.credit_analysis_updated",
  /** A data subject's records were anonymised or deleted: `{ audit_id, mode, counts, total }`. */
  SUBJECT_ERASED: "solar360.subject.erased",
} as const

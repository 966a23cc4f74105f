/** Events the plugin emits on Medusa's event bus; a store subscribes to them by name. */
export const Solar360Events = {
  LEAD_CREATED: "solar360.lead.created",
  LEAD_UPDATED: "solar360.lead.updated",
  LEAD_CONVERTED: "solar360.lead.converted",
} as const

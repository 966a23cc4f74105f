import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Solar360Events } from "../../modules/solar360"
import { assignNewLeadsStep } from "./steps/assign-new-leads"
import { importLeadsStep, ImportLeadsStepInput } from "./steps/import-leads"

/**
 * A CSV import of leads (rows already validated by the capture's schema): classified against
 * the open leads and, unless a dry run, written in one transaction; new leads get an assignee
 * by the `leads.assignment` rule. Emits `solar360.lead.created` / `.updated` / `.assigned`.
 */
export const importLeadsWorkflow = createWorkflow("import-leads", (input: ImportLeadsStepInput) => {
  const result = importLeadsStep(input)
  const createdIds = transform({ result }, ({ result }) => result.created_ids)
  const assignments = assignNewLeadsStep(createdIds)
  const events = transform({ result, assignments }, ({ result, assignments }) => ({
    created: { eventName: Solar360Events.LEAD_CREATED, data: result.created_ids.map((id) => ({ id })) },
    updated: { eventName: Solar360Events.LEAD_UPDATED, data: result.updated.map(({ id }) => ({ id })) },
    assigned: { eventName: Solar360Events.LEAD_ASSIGNED, data: assignments },
  }))
  emitEventStep(events.created).config({ name: "emit-imported-leads-created" })
  emitEventStep(events.updated).config({ name: "emit-imported-leads-updated" })
  emitEventStep(events.assigned).config({ name: "emit-imported-leads-assigned" })
  return new WorkflowResponse(result)
})

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { Solar360Events } from "../../modules/solar360"
import { eraseDataSubjectStep, EraseDataSubjectStepInput } from "./steps/erase-data-subject"

/**
 * LGPD art. 18 VI: anonymises or deletes every record of one person in one transaction,
 * writes the audit record and emits `solar360.subject.erased` (audit id, mode and counts:
 * no personal data). A replay of the same Idempotency-Key answers the first result and
 * emits nothing.
 */
export const eraseDataSubjectWorkflow = createWorkflow(
  "erase-data-subject",
  (input: EraseDataSubjectStepInput) => {
    const erasure = eraseDataSubjectStep(input)
    when({ erasure }, ({ erasure }) => !erasure.replayed).then(() => {
      const event = transform({ erasure }, ({ erasure }) => ({
        eventName: Solar360Events.SUBJECT_ERASED,
        data: { audit_id: erasure.audit_id, mode: erasure.mode, counts: erasure.counts, total: erasure.total },
      }))
      emitEventStep(event)
    })
    return new WorkflowResponse(erasure)
  }
)

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createIngestionKeyStep, CreateIngestionKeyStepInput } from "./steps/create-ingestion-key"
import { revokeIngestionKeyStep, RevokeIngestionKeyStepInput } from "./steps/revoke-ingestion-key"

/** Creates an ingestion key for the assistant's logging; the answer holds the key (shown once). */
export const createIngestionKeyWorkflow = createWorkflow(
  "create-ingestion-key",
  (input: CreateIngestionKeyStepInput) => new WorkflowResponse(createIngestionKeyStep(input))
)

/** Revokes an ingestion key: from then on it is a 401 everywhere. */
export const revokeIngestionKeyWorkflow = createWorkflow(
  "revoke-ingestion-key",
  (input: RevokeIngestionKeyStepInput) => new WorkflowResponse(revokeIngestionKeyStep(input))
)

export * from "./steps/create-ingestion-key"
export * from "./steps/revoke-ingestion-key"

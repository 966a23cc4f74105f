import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLAR360_MODULE } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import { conversationViewer } from "../../../../../utils/calculator-request"
import type { StoreHelioConversationResponse } from "../../responses"

/** What the storefront may show of its own conversation: state and counters, no content. */
export const STORE_HELIO_CONVERSATION_FIELDS = [
  "id", "status", "channel", "started_at", "ended_at", "last_message_at", "message_count",
  "user_message_count", "helio_message_count", "satisfaction_score", "satisfaction_at",
  "issue_resolved", "escalated_to_human", "created_at", "updated_at",
]

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreHelioConversationResponse>) => {
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  await solar360.retrieveViewableConversation(req.params.id, conversationViewer(req))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [conversation],
  } = await query.graph({
    entity: "helio_conversation",
    fields: STORE_HELIO_CONVERSATION_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ conversation })
}

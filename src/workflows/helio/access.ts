import { CalculatorViewer, canViewCalculation } from "../../lib/calculators"
import { notFound } from "../../modules/solar360"
import type { Solar360ModuleService } from "../../modules/solar360"

/**
 * A conversation its customer, or the holder of its session token, may read and rate.
 * Anyone else gets the 404 of a conversation that does not exist.
 */
export async function retrieveViewableConversation(
  solar360: Solar360ModuleService,
  id: string,
  viewer: CalculatorViewer
): Promise<{ id: string; customer_id: string | null }> {
  const [conversation] = (await solar360.listHelioConversations(
    { id },
    { select: ["id", "customer_id", "session_token_hash"], take: 1 }
  )) as any[]
  if (
    !conversation ||
    !canViewCalculation({ customer_id: conversation.customer_id, resume_token_hash: conversation.session_token_hash }, viewer)
  ) {
    throw notFound(`Helio conversation with id "${id}" was not found`)
  }
  return conversation
}

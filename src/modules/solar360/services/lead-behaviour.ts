import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import { InjectManager, MedusaContext } from "@medusajs/framework/utils"
import { OPEN_LEAD_STATUSES } from "../../../lib/leads"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import type { Lead } from "../models/lead"
import type { LeadBehaviourRepository } from "../repositories/lead-behaviour"
import type { LeadPipelineService } from "./lead-pipeline"

export type RescoreLeadBehaviourResult = {
  count: number
  lead_ids: string[]
  /** The re-scored leads' score columns as they were: what a compensation restores. */
  previous: Array<{ id: string; score: number; is_qualified: boolean; score_breakdown: unknown }>
}

/**
 * Keeps the behaviour factors of the lead score current (return visits, simulations, roof
 * lookups): finds open leads with activity newer than their last count, counts it, re-scores
 * them. Bounded per run; SQL in repositories/lead-behaviour.ts, the scoring in lib/leads/score.ts.
 */
export class LeadBehaviourService {
  protected readonly baseRepository_: { serialize(data: unknown): Promise<any> }
  protected readonly leads_: SerializedCrud
  protected readonly repository_: LeadBehaviourRepository
  protected readonly pipeline_: LeadPipelineService

  constructor(cradle: {
    baseRepository: { serialize(data: unknown): Promise<any> }
    leadService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof Lead>>
    leadBehaviourRepository: LeadBehaviourRepository
    leadPipelineService: LeadPipelineService
  }) {
    this.baseRepository_ = cradle.baseRepository
    this.leads_ = serializedCrud(cradle.leadService, cradle.baseRepository)
    this.repository_ = cradle.leadBehaviourRepository
    this.pipeline_ = cradle.leadPipelineService
  }

  @InjectManager()
  async rescoreLeadBehaviour(
    input: { now?: Date; lookbackHours: number; batchSize: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RescoreLeadBehaviourResult> {
    const now = input.now ?? new Date()
    const since = new Date(now.getTime() - input.lookbackHours * 3_600_000)
    const ids = await this.repository_.changedLeadIds(sharedContext, since, OPEN_LEAD_STATUSES, input.batchSize)
    if (!ids.length) {
      return { count: 0, lead_ids: [], previous: [] }
    }
    const leads = await this.leads_.list({ id: ids }, {}, sharedContext)
    const previous: RescoreLeadBehaviourResult["previous"] = []
    const updates: Array<Record<string, unknown>> = []
    for (const lead of leads) {
      const behaviour = await this.repository_.countBehaviour(sharedContext, {
        anonymous_id: lead.anonymous_id ?? null,
        session_id: lead.session_id ?? null,
        customer_id: lead.customer_id ?? null,
      })
      const scored = this.pipeline_.scoreLeadFields(
        { ...lead, score_breakdown: { behaviour, behaviour_at: now.toISOString() } },
        now
      )
      previous.push({ id: lead.id, score: lead.score, is_qualified: lead.is_qualified, score_breakdown: lead.score_breakdown })
      updates.push({ id: lead.id, ...scored })
    }
    // One batched update for the run, not one call per lead.
    await this.leads_.update(updates, sharedContext)
    return { count: updates.length, lead_ids: updates.map((update) => update.id as string), previous }
  }

  /** Compensation: the score columns get their previous values back. */
  @InjectManager()
  async revertLeadBehaviourScores(
    previous: RescoreLeadBehaviourResult["previous"],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (previous.length) {
      // A json column update merges into the stored object: clear it so the old one comes
      // back whole, without the behaviour keys the run added.
      await this.leads_.update(previous.map(({ id }) => ({ id, score_breakdown: null })), sharedContext)
      await this.leads_.update(previous, sharedContext)
    }
  }
}

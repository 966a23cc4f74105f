import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Solar360Entity } from "../../../../modules/solar360"

export type EntityStats = {
  entity: string
  count: number
  latest_created_at: Date | null
}

/** Row count (optionally since a date) and newest record time of one data set. */
export async function entityStats(
  container: MedusaContainer,
  entity: Solar360Entity,
  since?: Date
): Promise<EntityStats> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields: ["id", "created_at"],
    filters: since ? { created_at: { $gte: since } } : {},
    pagination: { take: 1, skip: 0, order: { created_at: "DESC" } },
  })
  return {
    entity,
    count: metadata?.count ?? data.length,
    latest_created_at: data[0]?.created_at ?? null,
  }
}

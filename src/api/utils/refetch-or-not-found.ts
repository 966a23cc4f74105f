import { refetchEntity } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { notFound } from "../../modules/solar360"

/**
 * One record of `entity` (a plugin model or a core one such as `order`) by id through Query,
 * with `fields`, or the plugin's 404 (`solar360_not_found`) with `notFoundMessage`.
 */
// `any` by default, as Query itself returns: each caller reads the fields it asked for.
export async function refetchOrNotFound<T = any>({
  scope,
  entity,
  id,
  fields,
  notFoundMessage,
}: {
  scope: MedusaContainer
  entity: string
  id: string
  fields: string[]
  notFoundMessage: string
}): Promise<T> {
  const record = await refetchEntity({ entity, idOrFilter: id, scope, fields })
  if (!record) {
    throw notFound(notFoundMessage)
  }
  return record as T
}

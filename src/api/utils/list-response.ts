import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Answers a list route the Medusa way: `{ [key]: rows, count, offset, limit }` from
 * `query.graph` with the request's validated fields and pagination. `defaultOrder` applies
 * when the caller did not ask for an `order`.
 */
export type ListResponseBody<K extends string> = { [P in K]: unknown[] } & {
  count: number
  offset: number
  limit: number
}

export async function respondWithList<K extends string>(
  req: AuthenticatedMedusaRequest<unknown, any>,
  res: MedusaResponse<ListResponseBody<K>>,
  list: {
    entity: string
    key: K
    filters?: Record<string, unknown>
    defaultOrder?: Record<string, "ASC" | "DESC">
  }
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pagination = list.defaultOrder
    ? { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? list.defaultOrder }
    : req.queryConfig.pagination
  const { data, metadata } = await query.graph({
    entity: list.entity,
    fields: req.queryConfig.fields,
    filters: (list.filters ?? req.filterableFields) as Record<string, unknown>,
    pagination,
  })
  res.json({
    [list.key]: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  } as ListResponseBody<K>)
}

import { Context } from "@medusajs/framework/types"

/**
 * A model's generated internal service (`leadService`, ...) answering as the facade's generated
 * CRUD does (`listLeads`, `createLeads`, ...): plain serialised records, not ORM entities. The
 * internal services use it so the code they took over from the facade sees the same shapes.
 * Not under services/ on purpose: Medusa registers every class found there.
 */
export type SerializedCrud = {
  list(filters?: Record<string, unknown>, config?: Record<string, unknown>, context?: Context): Promise<any[]>
  retrieve(id: string, config?: Record<string, unknown>, context?: Context): Promise<any>
  create(data: any, context?: Context): Promise<any>
  update(data: any, context?: Context): Promise<any>
  delete(ids: string[], context?: Context): Promise<void>
}

type InternalService = {
  list(filters: any, config: any, context?: Context): Promise<unknown>
  retrieve(id: string, config: any, context?: Context): Promise<unknown>
  create(data: any, context?: Context): Promise<unknown>
  update(data: any, context?: Context): Promise<unknown>
  delete(ids: any, context?: Context): Promise<unknown>
}

export function serializedCrud(
  service: InternalService,
  baseRepository: { serialize(data: unknown): Promise<any> }
): SerializedCrud {
  return {
    list: async (filters = {}, config = {}, context = {}) =>
      baseRepository.serialize(await service.list(filters, config, context)),
    retrieve: async (id, config = {}, context = {}) =>
      baseRepository.serialize(await service.retrieve(id, config, context)),
    create: async (data, context = {}) => baseRepository.serialize(await service.create(data, context)),
    update: async (data, context = {}) => baseRepository.serialize(await service.update(data, context)),
    delete: async (ids, context = {}) => {
      await service.delete(ids, context)
    },
  }
}

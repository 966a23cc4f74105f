import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/**
 * Most rows one list page may ask for, on every admin and store list route: above it a 400,
 * so one request can't make the server load and serialise a whole table.
 */
export const MAX_LIST_LIMIT = 1000

/** Medusa's `createFindParams` with `limit` capped at MAX_LIST_LIMIT (and a whole number). */
export function createListParams(defaults: { limit: number; offset: number; order?: string }) {
  return createFindParams(defaults).extend({
    limit: z.preprocess(
      (value) => (value && typeof value === "string" ? Number(value) : value),
      z
        .number()
        .int()
        .min(0)
        .max(MAX_LIST_LIMIT, `limit must be at most ${MAX_LIST_LIMIT}; page with offset`)
        .optional()
        .default(defaults.limit)
    ),
  })
}

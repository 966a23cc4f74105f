import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"

export const AdminCreateIngestionKey = z
  .object({
    /** What the key is for, e.g. "Helio production". */
    title: z.string().trim().min(1).max(200),
  })
  .strict()
export type AdminCreateIngestionKey = z.infer<typeof AdminCreateIngestionKey>

export const AdminGetIngestionKeysParams = createListParams({ limit: 20, offset: 0, order: "-created_at" }).strict()
export type AdminGetIngestionKeysParams = z.infer<typeof AdminGetIngestionKeysParams>

export const AdminGetIngestionKeyParams = createSelectParams()
export type AdminGetIngestionKeyParams = z.infer<typeof AdminGetIngestionKeyParams>

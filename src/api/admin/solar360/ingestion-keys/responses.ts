import { z } from "@medusajs/framework/zod"
import { col, dateTime, entity, listOf } from "../../../utils/response-schemas"

/** An ingestion key as stored: never the key itself, only `redacted`. */
export const AdminIngestionKey = entity(
  "AdminIngestionKey",
  {
    title: col(z.string()),
    redacted: col(z.string()),
    scope: col(z.string()),
    created_by: col(z.string()),
    revoked_at: col(dateTime()),
    revoked_by: col(z.string()),
    last_used_at: col(dateTime()),
    created_at: col(dateTime()),
    updated_at: col(dateTime()),
  },
  { id: "s360ikey_01JQ...", title: "Helio production", redacted: "s360ik_****abcd", revoked_at: null }
)

export const AdminIngestionKeyListResponse = listOf("ingestion_keys", AdminIngestionKey).meta({
  id: "AdminIngestionKeyListResponse",
})
export type AdminIngestionKeyListResponse = z.infer<typeof AdminIngestionKeyListResponse>

export const AdminCreateIngestionKeyResponse = z
  .object({
    ingestion_key: AdminIngestionKey,
    /** The key, shown only here (only its SHA-256 is stored). */
    key: z.string(),
  })
  .meta({ id: "AdminCreateIngestionKeyResponse" })
export type AdminCreateIngestionKeyResponse = z.infer<typeof AdminCreateIngestionKeyResponse>

export const AdminIngestionKeyResponse = z
  .object({ ingestion_key: AdminIngestionKey })
  .meta({ id: "AdminIngestionKeyResponse" })
export type AdminIngestionKeyResponse = z.infer<typeof AdminIngestionKeyResponse>

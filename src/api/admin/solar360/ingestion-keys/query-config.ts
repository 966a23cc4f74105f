// Never `token_hash`: the admin sees the redacted form only.
const INGESTION_KEY_FIELDS = [
  "id",
  "title",
  "redacted",
  "scope",
  "created_by",
  "revoked_at",
  "revoked_by",
  "last_used_at",
  "created_at",
  "updated_at",
]

export const adminIngestionKeyQueryConfig = {
  defaults: INGESTION_KEY_FIELDS,
  allowed: INGESTION_KEY_FIELDS,
  isList: false,
}

export const adminIngestionKeyListQueryConfig = { ...adminIngestionKeyQueryConfig, isList: true }

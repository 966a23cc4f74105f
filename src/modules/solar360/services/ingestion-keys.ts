import { InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import { generateIngestionKey, hashIngestionKey, isIngestionKeyShaped } from "../../../lib/ingestion-keys"
import { SerializedCrud, serializedCrud } from "../internal/serialized-crud"
import type { IngestionKey } from "../models/ingestion-key"

type InjectedDependencies = {
  baseRepository: { serialize(data: unknown): Promise<any> }
  solar360IngestionKeyService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof IngestionKey>>
}

/** Ingestion keys (issue 13): the assistant's logging credential, stored as a SHA-256 only. */
export class IngestionKeysService {
  protected readonly keys_: SerializedCrud

  constructor(cradle: InjectedDependencies) {
    this.keys_ = serializedCrud(cradle.solar360IngestionKeyService, cradle.baseRepository)
  }

  /** Creates a key; the token is in the answer only (its SHA-256 is what is stored). */
  async createIngestionKey(input: { title: string; created_by?: string | null }) {
    const generated = generateIngestionKey()
    const ingestion_key = await this.keys_.create({
      title: input.title,
      token_hash: generated.hash,
      redacted: generated.redacted,
      created_by: input.created_by ?? null,
    })
    return { ingestion_key, token: generated.token }
  }

  /** The live (not revoked) key a presented token belongs to, else null; stamps its use. */
  async findActiveIngestionKey(token: string): Promise<{ id: string; scope: string } | null> {
    if (!isIngestionKeyShaped(token)) {
      return null
    }
    const [key] = await this.keys_.list(
      { token_hash: hashIngestionKey(token), revoked_at: null },
      { select: ["id", "scope", "last_used_at"], take: 1 }
    )
    if (!key) {
      return null
    }
    // At most one write a minute per key: a busy assistant must not write on every call.
    const now = new Date()
    if (!key.last_used_at || now.getTime() - new Date(key.last_used_at).getTime() > 60_000) {
      await this.keys_.update({ id: key.id, last_used_at: now })
    }
    return { id: key.id, scope: key.scope }
  }
}

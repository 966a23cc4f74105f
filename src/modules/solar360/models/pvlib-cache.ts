import { model } from "@medusajs/framework/utils"

/** Cached responses of the pvlib irradiance/yield service (default TTL 7 days). */
export const PvlibCache = model
  .define("pvlib_cache", {
    id: model.id({ prefix: "pvc" }).primaryKey(),
    // Hash of the normalised request: the lookup key
    cache_key: model.text(),
    request_params: model.json(),
    response: model.json().nullable(),
    status_code: model.number(),
    fetched_at: model.dateTime(),
    expires_at: model.dateTime(),
    hit_count: model.number().default(0),
    last_hit_at: model.dateTime().nullable(),
    source_url: model.text().nullable(),
    fetch_duration_ms: model.number().nullable(),
    // What the request was for (e.g. "tariffs", "distributors", "yield"): stats per kind.
    kind: model.text().nullable(),
    // A "not found" answer, cached for the shorter negative TTL.
    is_negative: model.boolean().default(false),
    // Upstream calls that stored this entry (first fetch and refreshes).
    fetch_count: model.number().default(1),
    // Times the expired entry was served because the upstream failed (stale-if-error).
    stale_served_count: model.number().default(0),
    upstream_error_count: model.number().default(0),
    last_error: model.text().nullable(),
    last_error_at: model.dateTime().nullable(),
    // Single flight across instances (caches.ts): a `pending` placeholder holds a key's first
    // fetch; `lease_owner` is fetching this key until `lease_expires_at`.
    status: model.enum(["pending", "ready"]).default("ready"),
    lease_owner: model.text().nullable(),
    lease_expires_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cache_key"], unique: true },
    { on: ["expires_at"] },
    { on: ["kind"] },
  ])

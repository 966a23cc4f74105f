import { model } from "@medusajs/framework/utils"

/**
 * Internal: what the ANEEL and pvlib caches did per UTC day and kind (hits, upstream calls,
 * stale serves, upstream errors), for the caches dashboard over time. The cache tables only
 * hold running totals per entry, which a purge takes away; these counters stay. One row per
 * (cache table, kind, day), incremented with an upsert beside each counted statement.
 */
export const UpstreamCacheDailyStat = model
  .define("upstream_cache_daily_stat", {
    id: model.id({ prefix: "ucds" }).primaryKey(),
    // "aneel_cache" or "pvlib_cache"
    cache_table: model.text(),
    // The entry kind ("tariffs", "yield"...); "" when the caller gave none.
    kind: model.text(),
    // UTC day, "YYYY-MM-DD"
    day: model.text(),
    hits: model.number().default(0),
    upstream_calls: model.number().default(0),
    stale_serves: model.number().default(0),
    upstream_errors: model.number().default(0),
  })
  .indexes([{ on: ["cache_table", "kind", "day"], unique: true }, { on: ["day"] }])

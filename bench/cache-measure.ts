// Run by bench/cache.js through `medusa exec`. Fills photogrammetry_analysis with BENCH_ROWS
// rows (default 1,000,000) around Brazilian cities, then, per lookup level, prints the
// EXPLAIN (ANALYZE) plan of the service's own SQL and the p50/p95 of BENCH_LOOKUPS random
// lookups (default 1000), plus p95 of the full service call (levels + reuse record).
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cacheKey } from "../src/lib/cache"
import { addressHash, coordinatesHash } from "../src/lib/photogrammetry"
import { SOLAR360_MODULE } from "../src/modules/solar360"
import { PROXIMITY_DEGREES } from "../src/modules/solar360/types/photogrammetry"
import {
  FIND_BY_ADDRESS_HASH_SQL,
  FIND_BY_COORDINATES_HASH_SQL,
  FIND_NEAREST_SQL,
} from "../src/modules/solar360/repositories/roof-lookup"
import type Solar360ModuleService from "../src/modules/solar360/service"

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 1000)
const CHUNK = 250_000
const CACHE_ROWS = Number(process.env.BENCH_CACHE_ROWS ?? 100_000)

// Capitals and large cities (lat, lon): where rooftop solar is sold.
const CITIES = [
  [-23.5505, -46.6333], [-22.9068, -43.1729], [-19.9167, -43.9345], [-15.7939, -47.8828],
  [-25.4284, -49.2733], [-30.0346, -51.2177], [-12.9714, -38.5014], [-8.0476, -34.877],
  [-3.7319, -38.5267], [-16.6869, -49.2648], [-22.9099, -47.0626], [-20.3155, -40.3128],
  [-27.5954, -48.548], [-5.7945, -35.211], [-2.5307, -44.3068], [-9.6658, -35.735],
  [-21.1775, -47.8103], [-23.3045, -51.1696], [-26.3045, -48.8487], [-18.9186, -48.2772],
]

// Rows numbered i = 1..ROWS. 80 % within ~15 km of a city, 20 % anywhere in Brazil's box;
// coordinates at 5 decimals, like the hash. One row in ten is a reuse record.
const INSERT_SQL = `
WITH cities(k, lat, lon) AS (
  SELECT (ordinality - 1)::int, lat, lon
  FROM unnest(:lats::float8[], :lons::float8[]) WITH ORDINALITY AS u(lat, lon)
),
points AS (
  SELECT i,
    CASE WHEN i % 5 = 0
      THEN round((-33 + random() * 38)::numeric, 5)
      ELSE round((c.lat + (random() - 0.5) * 0.3)::numeric, 5) END AS lat,
    CASE WHEN i % 5 = 0
      THEN round((-73 + random() * 38)::numeric, 5)
      ELSE round((c.lon + (random() - 0.5) * 0.3)::numeric, 5) END AS lon
  FROM generate_series(:from::int, :to::int) AS i
  JOIN cities c ON c.k = i % :city_count::int
)
INSERT INTO photogrammetry_analysis (
  id, address, address_hash, latitude, longitude, raw_latitude, raw_longitude, coordinates_hash,
  total_roof_area_m2, usable_area_m2, orientation, recommended_panel_count, provider, status,
  cost_usd, cache_hit, cache_source_id, cache_level, times_reused, expires_at, created_at, updated_at
)
SELECT
  'photo_bench_' || i,
  'rua bench ' || i || ' sao paulo sp',
  encode(sha256(convert_to('rua bench ' || i || ' sao paulo sp', 'UTF8')), 'hex'),
  lat, lon,
  jsonb_build_object('value', lat::text, 'precision', 20),
  jsonb_build_object('value', lon::text, 'precision', 20),
  encode(sha256(convert_to(lat::text || ',' || lon::text, 'UTF8')), 'hex'),
  round((60 + random() * 240)::numeric, 2), round((30 + random() * 120)::numeric, 2), 'N',
  (8 + random() * 30)::int, 'google_solar',
  CASE WHEN i % 50 = 0 THEN 'failed' ELSE 'completed' END,
  CASE WHEN i % 10 = 0 THEN 0 ELSE 10 END,
  i % 10 = 0,
  CASE WHEN i % 10 = 0 THEN 'photo_bench_' || greatest(i - 1, 1) END,
  CASE WHEN i % 10 = 0 THEN 'proximity' END,
  0,
  now() + interval '1 day' * (random() * 120 - 30),
  now() - interval '1 day' * (random() * 365),
  now()
FROM points`

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export default async function measureCache({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const log = (line = "") => process.stdout.write(line + "\n")

  const [{ count }] = (await knex.raw("SELECT count(*)::int AS count FROM photogrammetry_analysis")).rows
  if (count < ROWS) {
    log(`inserting ${ROWS - count} rows in chunks of ${CHUNK}...`)
    const started = Date.now()
    for (let from = count + 1; from <= ROWS; from += CHUNK) {
      await knex.raw(INSERT_SQL, {
        lats: CITIES.map(([lat]) => lat),
        lons: CITIES.map(([, lon]) => lon),
        city_count: CITIES.length,
        from,
        to: Math.min(ROWS, from + CHUNK - 1),
      })
    }
    log(`  ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  await knex.raw("ANALYZE photogrammetry_analysis")
  const size = (await knex.raw("SELECT pg_size_pretty(pg_total_relation_size('photogrammetry_analysis')) AS s")).rows[0].s
  log(`photogrammetry_analysis: ${ROWS} rows, ${size} with indexes`)

  // Random existing rows give lookup targets; the proximity target is moved ~5 m.
  const targets: Array<{ i: number; lat: number; lon: number }> = (
    await knex.raw(
      `SELECT substring(id from 13)::int AS i, latitude::float8 AS lat, longitude::float8 AS lon
       FROM photogrammetry_analysis TABLESAMPLE SYSTEM (1) WHERE id LIKE 'photo_bench_%' LIMIT :n`,
      { n: LOOKUPS }
    )
  ).rows
  const levels = [
    {
      level: "address",
      sql: FIND_BY_ADDRESS_HASH_SQL,
      // The address level also needs the request's point (the source must lie near it).
      bindings: (t: any) => ({
        hash: addressHash(`rua bench ${t.i} sao paulo sp`),
        lat_min: t.lat - PROXIMITY_DEGREES,
        lat_max: t.lat + PROXIMITY_DEGREES,
        lon_min: t.lon - PROXIMITY_DEGREES,
        lon_max: t.lon + PROXIMITY_DEGREES,
      }),
    },
    {
      level: "coordinates",
      sql: FIND_BY_COORDINATES_HASH_SQL,
      bindings: (t: any) => ({ hash: coordinatesHash(t.lat, t.lon) }),
    },
    {
      level: "proximity",
      sql: FIND_NEAREST_SQL,
      bindings: (t: any) => {
        const lat = t.lat + 0.000045
        const lon = t.lon
        return {
          lat,
          lon,
          lat_min: lat - PROXIMITY_DEGREES,
          lat_max: lat + PROXIMITY_DEGREES,
          lon_min: lon - PROXIMITY_DEGREES,
          lon_max: lon + PROXIMITY_DEGREES,
        }
      },
    },
  ]

  let seqScan = false
  for (const { level, sql, bindings } of levels) {
    const plan = (await knex.raw(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, bindings(targets[0]))).rows
      .map((row: any) => row["QUERY PLAN"])
      .join("\n")
    seqScan ||= /Seq Scan/.test(plan)
    log(`\n=== level ${level}: plan ===\n${plan}`)
    const times: number[] = []
    let hits = 0
    for (const target of targets) {
      const started = process.hrtime.bigint()
      const rows = (await knex.raw(sql, bindings(target))).rows
      times.push(Number(process.hrtime.bigint() - started) / 1e6)
      hits += rows.length ? 1 : 0
    }
    times.sort((a, b) => a - b)
    log(
      `level ${level}: ${targets.length} lookups, ${hits} hits; p50 ${percentile(times, 50).toFixed(2)} ms, ` +
        `p95 ${percentile(times, 95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`
    )
  }

  // The whole service call: levels in order, then the reuse record and counter (a write).
  const times: number[] = []
  let hits = 0
  for (const target of targets.slice(0, Math.min(targets.length, 300))) {
    const started = process.hrtime.bigint()
    try {
      const result = await solar360.lookupPhotogrammetry({ latitude: target.lat + 0.000045, longitude: target.lon })
      hits += result.cache.hit ? 1 : 0
    } catch {
      // expired or failed source: a miss (no provider configured in the bench)
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  times.sort((a, b) => a - b)
  log(
    `\nservice lookupPhotogrammetry (proximity point): ${times.length} calls, ${hits} hits; ` +
      `p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`
  )
  await knex.raw("DELETE FROM photogrammetry_analysis WHERE id NOT LIKE 'photo_bench_%'")
  await knex.raw("UPDATE photogrammetry_analysis SET times_reused = 0 WHERE times_reused > 0")

  // ANEEL/pvlib hit path: getOrFetch on a fresh entry (one UPDATE ... RETURNING that counts
  // the hit) against the least any cache read costs (SELECT of the entry by its key), both over
  // the same random keys of a table of CACHE_ROWS entries.
  await knex.raw("DELETE FROM pvlib_cache WHERE id LIKE 'pvc_bench_%'")
  const keys = Array.from({ length: CACHE_ROWS }, (_, i) => cacheKey("yield", { bench: i }))
  for (let from = 0; from < CACHE_ROWS; from += 50_000) {
    const slice = keys.slice(from, from + 50_000)
    await knex.raw(
      `INSERT INTO pvlib_cache (id, cache_key, kind, request_params, response, status_code, fetched_at, expires_at)
       SELECT 'pvc_bench_' || (:offset::int + n), k, 'yield', jsonb_build_object('bench', :offset::int + n - 1),
         jsonb_build_object('annual_ac_kwh', 1400, 'monthly_ac_kwh', jsonb_build_array(100,110,120,120,115,110,115,120,125,125,120,120)),
         200, now(), now() + interval '7 days'
       FROM unnest(:keys::text[]) WITH ORDINALITY AS u(k, n)`,
      { keys: slice, offset: from }
    )
  }
  await knex.raw("ANALYZE pvlib_cache")
  const sample = Array.from({ length: LOOKUPS }, () => Math.floor(Math.random() * CACHE_ROWS))
  const baseline: number[] = []
  const hitPath: number[] = []
  for (const i of sample) {
    let started = process.hrtime.bigint()
    await knex.raw("SELECT response FROM pvlib_cache WHERE cache_key = ? AND deleted_at IS NULL", [keys[i]])
    baseline.push(Number(process.hrtime.bigint() - started) / 1e6)
    started = process.hrtime.bigint()
    const result = await solar360.getOrFetch("pvlib_cache", "yield", { bench: i }, async () => {
      throw new Error("the bench must only hit")
    }, { ttlMs: 1, staleIfErrorMs: 1, negativeTtlMs: 1 })
    hitPath.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (!result.hit) {
      throw new Error("expected a cache hit")
    }
  }
  baseline.sort((a, b) => a - b)
  hitPath.sort((a, b) => a - b)
  const p = (list: number[], q: number) => percentile(list, q).toFixed(2)
  log(
    `\npvlib/ANEEL cache hit path, ${CACHE_ROWS} entries, ${LOOKUPS} random keys:\n` +
      `  baseline SELECT by key:   p50 ${p(baseline, 50)} ms, p95 ${p(baseline, 95)} ms\n` +
      `  getOrFetch hit:           p50 ${p(hitPath, 50)} ms, p95 ${p(hitPath, 95)} ms\n` +
      `  overhead (p50): ${(percentile(hitPath, 50) - percentile(baseline, 50)).toFixed(2)} ms, ` +
      `x${(percentile(hitPath, 50) / percentile(baseline, 50)).toFixed(2)}`
  )
  await knex.raw("DELETE FROM pvlib_cache WHERE id LIKE 'pvc_bench_%'")

  if (seqScan) {
    log("\nFAIL: a lookup level used a sequential scan")
    process.exitCode = 1
  } else {
    log("\nOK: every level used an index")
  }
}

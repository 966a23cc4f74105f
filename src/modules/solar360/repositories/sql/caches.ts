/**
 * Statements of the cache-through mechanism shared by the ANEEL and pvlib caches (one
 * table each, same columns). Table names can't be bound, so every statement is built once per
 * table from the fixed list below and picked by name; nothing here interpolates input.
 */
import type { CacheTable } from "../../types/caches"

const RETURNED = "id, cache_key, response, is_negative, fetched_at, expires_at"

/**
 * Single flight without holding a connection: a miss first claims the key's lease (one
 * autocommit statement), calls the upstream outside any transaction, then stores the answer
 * (another). An absent key is claimed by inserting a `pending` placeholder (never served:
 * it is born expired); an expired entry is claimed in place and keeps serving stale-if-error.
 * A lease past `lease_expires_at` is anybody's: a crashed instance blocks others only that long.
 */

function statementsFor(table: CacheTable) {
  return {
    /** A fresh entry counts a hit and is returned; nothing when missing or expired. */
    hit: `
      UPDATE ${table} SET hit_count = hit_count + 1, last_hit_at = :now
      WHERE cache_key = :key AND deleted_at IS NULL AND expires_at > :now AND status = 'ready'
      RETURNING ${RETURNED}`,
    /** The stored answer (fresh or expired), for stale-if-error; never a placeholder. */
    find: `SELECT ${RETURNED} FROM ${table} WHERE cache_key = :key AND deleted_at IS NULL AND status = 'ready'`,
    /**
     * Takes the key's lease: inserts a placeholder when absent, else takes over an expired
     * entry whose lease is free or lapsed. No row back: fresh, or leased by someone else.
     */
    claim: `
      INSERT INTO ${table} AS entry (
        id, cache_key, kind, request_params, response, status_code, fetched_at, expires_at,
        is_negative, fetch_count, hit_count, stale_served_count, upstream_error_count, status,
        lease_owner, lease_expires_at, created_at, updated_at
      ) VALUES (
        :id, :key, :kind, :request::jsonb, NULL, 0, :now, :now,
        false, 0, 0, 0, 0, 'pending', :owner, :lease_until, :now, :now
      )
      ON CONFLICT (cache_key) WHERE deleted_at IS NULL DO UPDATE SET
        lease_owner = excluded.lease_owner,
        lease_expires_at = excluded.lease_expires_at
      WHERE entry.expires_at <= :now AND (entry.lease_expires_at IS NULL OR entry.lease_expires_at <= :now)
      RETURNING id, status`,
    /** Gives the lease back after a failure: a placeholder goes, a stale entry stays. */
    releasePending: `DELETE FROM ${table} WHERE id = :id AND lease_owner = :owner AND status = 'pending'`,
    release: `
      UPDATE ${table} SET lease_owner = NULL, lease_expires_at = NULL
      WHERE id = :id AND lease_owner = :owner`,
    upsert: `
      INSERT INTO ${table} AS entry (
        id, cache_key, kind, request_params, response, status_code, fetched_at, expires_at,
        source_url, fetch_duration_ms, is_negative, fetch_count, hit_count, stale_served_count,
        upstream_error_count, status, created_at, updated_at
      ) VALUES (
        :id, :key, :kind, :request::jsonb, :response::jsonb, :status_code, :now, :expires_at,
        :source_url, :duration_ms, :is_negative, 1, 0, 0, 0, 'ready', :now, :now
      )
      ON CONFLICT (cache_key) WHERE deleted_at IS NULL DO UPDATE SET
        kind = excluded.kind,
        request_params = excluded.request_params,
        response = excluded.response,
        status_code = excluded.status_code,
        fetched_at = excluded.fetched_at,
        expires_at = excluded.expires_at,
        source_url = excluded.source_url,
        fetch_duration_ms = excluded.fetch_duration_ms,
        is_negative = excluded.is_negative,
        fetch_count = entry.fetch_count + 1,
        status = 'ready',
        lease_owner = NULL,
        lease_expires_at = NULL,
        updated_at = excluded.updated_at
      RETURNING ${RETURNED}`,
    /** Records a failed refresh; `served` also counts a stale serve. */
    recordError: `
      UPDATE ${table} SET
        upstream_error_count = upstream_error_count + 1,
        stale_served_count = stale_served_count + CASE WHEN :served THEN 1 ELSE 0 END,
        last_error = :error,
        last_error_at = :now,
        updated_at = :now
      WHERE id = :id`,
    purgeExpired: `
      WITH gone AS (
        DELETE FROM ${table} WHERE id IN (
          SELECT id FROM ${table} WHERE expires_at < :cutoff LIMIT :limit
        ) RETURNING 1
      ) SELECT count(*)::int AS count FROM gone`,
    purgeKind: `
      WITH gone AS (
        DELETE FROM ${table} WHERE id IN (
          SELECT id FROM ${table} WHERE (:kind::text IS NULL OR kind = :kind) LIMIT :limit
        ) RETURNING 1
      ) SELECT count(*)::int AS count FROM gone`,
    stats: `
      SELECT
        kind,
        count(*)::int AS entries,
        count(*) FILTER (WHERE expires_at > :now AND NOT is_negative)::int AS live,
        count(*) FILTER (WHERE expires_at <= :now)::int AS expired,
        count(*) FILTER (WHERE expires_at > :now AND is_negative)::int AS negative,
        coalesce(sum(hit_count), 0)::bigint AS hits,
        coalesce(sum(fetch_count), 0)::bigint AS upstream_calls,
        coalesce(sum(stale_served_count), 0)::bigint AS stale_serves,
        coalesce(sum(upstream_error_count), 0)::bigint AS upstream_errors,
        avg(fetch_duration_ms)::float AS avg_fetch_duration_ms
      FROM ${table}
      WHERE deleted_at IS NULL AND status = 'ready'
      GROUP BY kind
      ORDER BY kind NULLS FIRST`,
  }
}

export const CACHE_SQL: Record<CacheTable, ReturnType<typeof statementsFor>> = {
  aneel_cache: statementsFor("aneel_cache"),
  pvlib_cache: statementsFor("pvlib_cache"),
}

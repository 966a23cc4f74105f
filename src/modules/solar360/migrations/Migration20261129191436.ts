import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129191436 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "aneel_cache" add column if not exists "kind" text null, add column if not exists "is_negative" boolean not null default false, add column if not exists "fetch_count" integer not null default 1, add column if not exists "stale_served_count" integer not null default 0, add column if not exists "upstream_error_count" integer not null default 0, add column if not exists "last_error" text null, add column if not exists "last_error_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aneel_cache_kind" ON "aneel_cache" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "photogrammetry_analysis" add column if not exists "imagery_quality" text null, add column if not exists "imagery_date" text null, add column if not exists "max_panel_count" integer null, add column if not exists "panel_capacity_watts" integer null, add column if not exists "annual_energy_dc_kwh" numeric null, add column if not exists "annual_energy_ac_kwh" numeric null, add column if not exists "dc_to_ac_derate" real null, add column if not exists "requested_system_size_kwp" numeric null, add column if not exists "cache_level" text null, add column if not exists "raw_annual_energy_dc_kwh" jsonb null, add column if not exists "raw_annual_energy_ac_kwh" jsonb null, add column if not exists "raw_requested_system_size_kwp" jsonb null;`);

    this.addSql(`alter table if exists "pvlib_cache" add column if not exists "kind" text null, add column if not exists "is_negative" boolean not null default false, add column if not exists "fetch_count" integer not null default 1, add column if not exists "stale_served_count" integer not null default 0, add column if not exists "upstream_error_count" integer not null default 0, add column if not exists "last_error" text null, add column if not exists "last_error_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pvlib_cache_kind" ON "pvlib_cache" ("kind") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_aneel_cache_kind";`);
    this.addSql(`alter table if exists "aneel_cache" drop column if exists "kind", drop column if exists "is_negative", drop column if exists "fetch_count", drop column if exists "stale_served_count", drop column if exists "upstream_error_count", drop column if exists "last_error", drop column if exists "last_error_at";`);

    this.addSql(`alter table if exists "photogrammetry_analysis" drop column if exists "imagery_quality", drop column if exists "imagery_date", drop column if exists "max_panel_count", drop column if exists "panel_capacity_watts", drop column if exists "annual_energy_dc_kwh", drop column if exists "annual_energy_ac_kwh", drop column if exists "dc_to_ac_derate", drop column if exists "requested_system_size_kwp", drop column if exists "cache_level", drop column if exists "raw_annual_energy_dc_kwh", drop column if exists "raw_annual_energy_ac_kwh", drop column if exists "raw_requested_system_size_kwp";`);

    this.addSql(`drop index if exists "IDX_pvlib_cache_kind";`);
    this.addSql(`alter table if exists "pvlib_cache" drop column if exists "kind", drop column if exists "is_negative", drop column if exists "fetch_count", drop column if exists "stale_served_count", drop column if exists "upstream_error_count", drop column if exists "last_error", drop column if exists "last_error_at";`);
  }

}

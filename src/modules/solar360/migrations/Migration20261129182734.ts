import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129182734 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "financing_simulation" add column if not exists "person_type" text check ("person_type" in ('PF', 'PJ')) not null default 'PF', add column if not exists "rate_input_period" text check ("rate_input_period" in ('monthly', 'annual')) not null default 'monthly', add column if not exists "fees" jsonb null, add column if not exists "insurance_amount" numeric null, add column if not exists "costs_financed" boolean not null default true, add column if not exists "upfront_costs" numeric null, add column if not exists "release_date" timestamptz null, add column if not exists "schedule" jsonb null, add column if not exists "assumptions" jsonb null, add column if not exists "analysis_started_at" timestamptz null, add column if not exists "decided_at" timestamptz null, add column if not exists "solar_viability_analysis_id" text null, add column if not exists "resume_token_hash" text null, add column if not exists "raw_insurance_amount" jsonb null, add column if not exists "raw_upfront_costs" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_solar_viability_analysis_id" ON "financing_simulation" ("solar_viability_analysis_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_bank" ON "financing_simulation" ("bank") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "solar_viability_analysis" add column if not exists "connection_type" text check ("connection_type" in ('mono', 'bi', 'tri')) null, add column if not exists "roof_area_available_m2" numeric null, add column if not exists "latitude" numeric null, add column if not exists "longitude" numeric null, add column if not exists "grandfathered" boolean not null default false, add column if not exists "cash_flow" jsonb null, add column if not exists "order_id" text null, add column if not exists "resume_token_hash" text null, add column if not exists "raw_roof_area_available_m2" jsonb null, add column if not exists "raw_latitude" jsonb null, add column if not exists "raw_longitude" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_order_id" ON "solar_viability_analysis" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_is_viable" ON "solar_viability_analysis" ("is_viable") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_financing_simulation_solar_viability_analysis_id";`);
    this.addSql(`drop index if exists "IDX_financing_simulation_bank";`);
    this.addSql(`alter table if exists "financing_simulation" drop column if exists "person_type", drop column if exists "rate_input_period", drop column if exists "fees", drop column if exists "insurance_amount", drop column if exists "costs_financed", drop column if exists "upfront_costs", drop column if exists "release_date", drop column if exists "schedule", drop column if exists "assumptions", drop column if exists "analysis_started_at", drop column if exists "decided_at", drop column if exists "solar_viability_analysis_id", drop column if exists "resume_token_hash", drop column if exists "raw_insurance_amount", drop column if exists "raw_upfront_costs";`);

    this.addSql(`drop index if exists "IDX_solar_viability_analysis_order_id";`);
    this.addSql(`drop index if exists "IDX_solar_viability_analysis_is_viable";`);
    this.addSql(`alter table if exists "solar_viability_analysis" drop column if exists "connection_type", drop column if exists "roof_area_available_m2", drop column if exists "latitude", drop column if exists "longitude", drop column if exists "grandfathered", drop column if exists "cash_flow", drop column if exists "order_id", drop column if exists "resume_token_hash", drop column if exists "raw_roof_area_available_m2", drop column if exists "raw_latitude", drop column if exists "raw_longitude";`);
  }

}

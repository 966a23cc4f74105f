import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204134909 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_daily_rollup_created_at_all" ON "analytics_daily_rollup" ("created_at");`);

    this.addSql(`drop index if exists "IDX_financing_simulation_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_created_at_all" ON "financing_simulation" ("created_at");`);

    this.addSql(`drop index if exists "IDX_helio_conversation_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_created_at_all" ON "helio_conversation" ("created_at");`);

    this.addSql(`drop index if exists "IDX_lead_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_created_at_all" ON "lead" ("created_at");`);

    this.addSql(`drop index if exists "IDX_lead_note_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_note_created_at_all" ON "lead_note" ("created_at");`);

    this.addSql(`drop index if exists "IDX_lead_status_change_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_created_at_all" ON "lead_status_change" ("created_at");`);

    this.addSql(`drop index if exists "IDX_photogrammetry_analysis_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_photogrammetry_analysis_created_at_all" ON "photogrammetry_analysis" ("created_at");`);

    this.addSql(`drop index if exists "IDX_rag_query_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_created_at_all" ON "rag_query" ("created_at");`);

    this.addSql(`drop index if exists "IDX_solar360_privacy_audit_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar360_privacy_audit_created_at_all" ON "solar360_privacy_audit" ("created_at");`);

    this.addSql(`drop index if exists "IDX_solar_viability_analysis_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_created_at_all" ON "solar_viability_analysis" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_analytics_daily_rollup_created_at_all";`);

    this.addSql(`drop index if exists "IDX_financing_simulation_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_created_at" ON "financing_simulation" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_helio_conversation_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_created_at" ON "helio_conversation" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_lead_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_created_at" ON "lead" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_lead_note_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_note_created_at" ON "lead_note" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_lead_status_change_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_created_at" ON "lead_status_change" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_photogrammetry_analysis_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_photogrammetry_analysis_created_at" ON "photogrammetry_analysis" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_rag_query_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_created_at" ON "rag_query" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_solar360_privacy_audit_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar360_privacy_audit_created_at" ON "solar360_privacy_audit" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_solar_viability_analysis_created_at_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_created_at" ON "solar_viability_analysis" ("created_at") WHERE deleted_at IS NULL;`);
  }

}

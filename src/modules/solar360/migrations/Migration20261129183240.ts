import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129183240 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "solar_viability_analysis" drop constraint if exists "solar_viability_analysis_idempotency_key_hash_unique";`);
    this.addSql(`alter table if exists "financing_simulation" drop constraint if exists "financing_simulation_idempotency_key_hash_unique";`);
    this.addSql(`alter table if exists "financing_simulation" add column if not exists "idempotency_key_hash" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_financing_simulation_idempotency_key_hash_unique" ON "financing_simulation" ("idempotency_key_hash") WHERE idempotency_key_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "solar_viability_analysis" add column if not exists "idempotency_key_hash" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_idempotency_key_hash_unique" ON "solar_viability_analysis" ("idempotency_key_hash") WHERE idempotency_key_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_financing_simulation_idempotency_key_hash_unique";`);
    this.addSql(`alter table if exists "financing_simulation" drop column if exists "idempotency_key_hash";`);

    this.addSql(`drop index if exists "IDX_solar_viability_analysis_idempotency_key_hash_unique";`);
    this.addSql(`alter table if exists "solar_viability_analysis" drop column if exists "idempotency_key_hash";`);
  }

}

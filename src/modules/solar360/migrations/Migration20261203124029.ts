import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203124029 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "solar360_upstream_spend" drop constraint if exists "solar360_upstream_spend_provider_day_unique";`);
    this.addSql(`alter table if exists "solar360_ingestion_key" drop constraint if exists "solar360_ingestion_key_token_hash_unique";`);
    this.addSql(`create table if not exists "solar360_ingestion_key" ("id" text not null, "title" text not null, "token_hash" text not null, "redacted" text not null, "scope" text check ("scope" in ('helio_logging')) not null default 'helio_logging', "created_by" text null, "revoked_at" timestamptz null, "revoked_by" text null, "last_used_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "solar360_ingestion_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar360_ingestion_key_deleted_at" ON "solar360_ingestion_key" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_solar360_ingestion_key_token_hash_unique" ON "solar360_ingestion_key" ("token_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "solar360_upstream_spend" ("id" text not null, "provider" text not null, "day" text not null, "calls" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "solar360_upstream_spend_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar360_upstream_spend_deleted_at" ON "solar360_upstream_spend" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_solar360_upstream_spend_provider_day_unique" ON "solar360_upstream_spend" ("provider", "day") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "solar360_ingestion_key" cascade;`);

    this.addSql(`drop table if exists "solar360_upstream_spend" cascade;`);
  }

}

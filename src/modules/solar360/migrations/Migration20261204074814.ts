import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204074814 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "upstream_cache_daily_stat" drop constraint if exists "upstream_cache_daily_stat_cache_table_kind_day_unique";`);
    this.addSql(`create table if not exists "upstream_cache_daily_stat" ("id" text not null, "cache_table" text not null, "kind" text not null, "day" text not null, "hits" integer not null default 0, "upstream_calls" integer not null default 0, "stale_serves" integer not null default 0, "upstream_errors" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "upstream_cache_daily_stat_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_upstream_cache_daily_stat_deleted_at" ON "upstream_cache_daily_stat" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_upstream_cache_daily_stat_cache_table_kind_day_unique" ON "upstream_cache_daily_stat" ("cache_table", "kind", "day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_upstream_cache_daily_stat_day" ON "upstream_cache_daily_stat" ("day") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "upstream_cache_daily_stat" cascade;`);
  }

}

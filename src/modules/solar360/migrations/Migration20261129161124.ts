import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129161124 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "analytics_daily_rollup" drop constraint if exists "analytics_daily_rollup_unique";`);
    this.addSql(`create table if not exists "analytics_daily_rollup" ("id" text not null, "day" text not null, "report" text not null, "dimension" text not null, "key" text not null, "value" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_daily_rollup_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_daily_rollup_deleted_at" ON "analytics_daily_rollup" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_daily_rollup_unique" ON "analytics_daily_rollup" ("day", "report", "dimension", "key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_daily_rollup_marker" ON "analytics_daily_rollup" ("report", "day") WHERE dimension = '_complete' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analytics_daily_rollup" cascade;`);
  }

}

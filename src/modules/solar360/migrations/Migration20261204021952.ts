import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204021952 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "lead_note" ("id" text not null, "lead_id" text not null, "body" text not null, "author_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lead_note_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_note_lead_id" ON "lead_note" ("lead_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_note_deleted_at" ON "lead_note" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_note_created_at" ON "lead_note" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_note_lead_id_all" ON "lead_note" ("lead_id");`);

    this.addSql(`alter table if exists "lead_note" add constraint "lead_note_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade;`);

    this.addSql(`alter table if exists "lead" add column if not exists "anonymous_id" text null, add column if not exists "session_id" text null, add column if not exists "merged_into_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_anonymous_id_all" ON "lead" ("anonymous_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_merged_into_id_all" ON "lead" ("merged_into_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lead_note" cascade;`);

    this.addSql(`drop index if exists "IDX_lead_anonymous_id_all";`);
    this.addSql(`drop index if exists "IDX_lead_merged_into_id_all";`);
    this.addSql(`alter table if exists "lead" drop column if exists "anonymous_id", drop column if exists "session_id", drop column if exists "merged_into_id";`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129134459 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "lead_status_change" ("id" text not null, "lead_id" text not null, "from_status" text check ("from_status" in ('new', 'contacted', 'qualified', 'proposal', 'negotiation', 'converted', 'lost')) null, "to_status" text check ("to_status" in ('new', 'contacted', 'qualified', 'proposal', 'negotiation', 'converted', 'lost')) not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null, "actor_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lead_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_lead_id" ON "lead_status_change" ("lead_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_deleted_at" ON "lead_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_to_status" ON "lead_status_change" ("to_status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_created_at" ON "lead_status_change" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lead_status_change" add constraint "lead_status_change_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade;`);

    this.addSql(`alter table if exists "lead" add column if not exists "interests" jsonb null, add column if not exists "first_touch_at" timestamptz null, add column if not exists "last_touch_at" timestamptz null, add column if not exists "assigned_to" text null, add column if not exists "notes" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_assigned_to" ON "lead" ("assigned_to") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_score" ON "lead" ("score") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lead_status_change" cascade;`);

    this.addSql(`drop index if exists "IDX_lead_assigned_to";`);
    this.addSql(`drop index if exists "IDX_lead_score";`);
    this.addSql(`alter table if exists "lead" drop column if exists "interests", drop column if exists "first_touch_at", drop column if exists "last_touch_at", drop column if exists "assigned_to", drop column if exists "notes";`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129213756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "lead_consent_change" ("id" text not null, "lead_id" text not null, "purpose" text check ("purpose" in ('marketing', 'terms')) not null, "granted" boolean not null, "channel" text check ("channel" in ('web_form', 'checkout', 'email', 'whatsapp', 'phone', 'in_person', 'admin', 'api')) not null, "source" text null, "terms_version" text null, "occurred_at" timestamptz not null, "recorded_by" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lead_consent_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_lead_id" ON "lead_consent_change" ("lead_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_deleted_at" ON "lead_consent_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_occurred_at" ON "lead_consent_change" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_lead_id_purpose_occurred_at" ON "lead_consent_change" ("lead_id", "purpose", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lead_consent_change" add constraint "lead_consent_change_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lead_consent_change" cascade;`);
  }

}

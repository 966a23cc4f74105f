import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203122817 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "lead_touch" ("id" text not null, "lead_id" text not null, "occurred_at" timestamptz not null, "verified" boolean not null default false, "interest_type" text check ("interest_type" in ('solar', 'financing', 'quote', 'product', 'catalog', 'calculator', 'chat', 'other')) not null default 'other', "attribution" jsonb null, "message" text null, "ip_hash" text null, "consent_marketing" boolean null, "consent_terms_version" text null, "consent_state" text check ("consent_state" in ('applied', 'pending', 'confirmed')) null, "consent_expires_at" timestamptz null, "consent_confirmed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lead_touch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_touch_lead_id" ON "lead_touch" ("lead_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_touch_deleted_at" ON "lead_touch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_touch_lead_id_all" ON "lead_touch" ("lead_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_touch_occurred_at" ON "lead_touch" ("occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lead_touch" add constraint "lead_touch_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade;`);

    this.addSql(`alter table if exists "lead_consent_change" drop constraint if exists "lead_consent_change_channel_check";`);

    this.addSql(`alter table if exists "lead_consent_change" add constraint "lead_consent_change_channel_check" check("channel" in ('web_form', 'checkout', 'email', 'whatsapp', 'phone', 'in_person', 'admin', 'api', 'double_opt_in'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lead_touch" cascade;`);

    this.addSql(`alter table if exists "lead_consent_change" drop constraint if exists "lead_consent_change_channel_check";`);

    this.addSql(`alter table if exists "lead_consent_change" add constraint "lead_consent_change_channel_check" check("channel" in ('web_form', 'checkout', 'email', 'whatsapp', 'phone', 'in_person', 'admin', 'api'));`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203222505 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalog_access_log" add column if not exists "consent_analytics" boolean not null default true;`);

    this.addSql(`alter table if exists "event" add column if not exists "consent_analytics" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "catalog_access_log" drop column if exists "consent_analytics";`);

    this.addSql(`alter table if exists "event" drop column if exists "consent_analytics";`);
  }

}

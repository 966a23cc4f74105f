import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129141036 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "event" add column if not exists "client_timestamp" timestamptz null, add column if not exists "is_bot" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "event" drop column if exists "client_timestamp", drop column if exists "is_bot";`);
  }

}

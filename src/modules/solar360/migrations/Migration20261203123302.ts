import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203123302 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "aneel_cache" add column if not exists "status" text check ("status" in ('pending', 'ready')) not null default 'ready', add column if not exists "lease_owner" text null, add column if not exists "lease_expires_at" timestamptz null;`);

    this.addSql(`alter table if exists "photogrammetry_analysis" add column if not exists "lease_expires_at" timestamptz null;`);

    this.addSql(`alter table if exists "pvlib_cache" add column if not exists "status" text check ("status" in ('pending', 'ready')) not null default 'ready', add column if not exists "lease_owner" text null, add column if not exists "lease_expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "aneel_cache" drop column if exists "status", drop column if exists "lease_owner", drop column if exists "lease_expires_at";`);

    this.addSql(`alter table if exists "photogrammetry_analysis" drop column if exists "lease_expires_at";`);

    this.addSql(`alter table if exists "pvlib_cache" drop column if exists "status", drop column if exists "lease_owner", drop column if exists "lease_expires_at";`);
  }

}

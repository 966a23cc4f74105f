import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129214837 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_lead_id_all" ON "lead_status_change" ("lead_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_lead_status_change_lead_id_all";`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203124146 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "solar_viability_analysis" drop constraint if exists "solar_viability_analysis_connection_type_check";`);

    this.addSql(`alter table if exists "solar_viability_analysis" add constraint "solar_viability_analysis_connection_type_check" check("connection_type" in ('mono', 'bi', 'bi_2_wires', 'tri'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "solar_viability_analysis" drop constraint if exists "solar_viability_analysis_connection_type_check";`);

    this.addSql(`alter table if exists "solar_viability_analysis" add constraint "solar_viability_analysis_connection_type_check" check("connection_type" in ('mono', 'bi', 'tri'));`);
  }

}

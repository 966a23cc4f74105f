import type { SqlEntityManager } from "@mikro-orm/postgresql"

/**
 * Writes generated rows of one table in one statement, for the specs that cross-check report SQL
 * on generated data. The generated service's create builds and flushes one entity at a time: 400
 * events took 11 s on the loaded 2-core machine, most of the layer's slowest file, while what
 * those specs test is the SQL that reads the rows. Columns a row does not give take their
 * defaults; ids are `<prefix>_gen<n>`. Returns the ids in row order.
 */
export async function insertGeneratedRows(
  manager: SqlEntityManager,
  table: "event" | "catalog_access_log",
  prefix: string,
  rows: Array<Record<string, unknown>>
): Promise<string[]> {
  if (rows.length === 0) return []
  const now = new Date().toISOString()
  const withIds = rows.map((row, index) => ({ id: `${prefix}_gen${index}`, created_at: now, updated_at: now, ...row }))
  const columns = [...new Set(withIds.flatMap((row) => Object.keys(row)))]
  // Column names come from the spec's own generated rows, never from input; quoted anyway.
  const list = columns.map((column) => `"${column.replace(/"/g, "")}"`).join(", ")
  await manager
    .getConnection()
    .execute(`insert into "${table}" (${list}) select ${list} from jsonb_populate_recordset(null::"${table}", ?::jsonb)`, [
      JSON.stringify(withIds),
    ])
  return withIds.map((row) => row.id)
}

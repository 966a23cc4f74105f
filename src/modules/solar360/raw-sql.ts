/**
 * Runs a raw statement through knex on the MikroORM manager's connection, inside its
 * transaction when there is one. Straight through knex: MikroORM's `execute` formats bound
 * JSON into the query text on every call, which dominated the ingestion cost.
 */
export async function runRaw<Row = Record<string, any>>(
  manager: any,
  sql: string,
  bindings: unknown[] | Record<string, unknown>
): Promise<Row[]> {
  const statement = manager.getKnex().raw(sql, bindings)
  const transaction = manager.getTransactionContext()
  const result = await (transaction ? statement.transacting(transaction) : statement)
  return result.rows
}

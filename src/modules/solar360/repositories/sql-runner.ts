import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** Named bindings (`:name`, `:name:` for an identifier): the only binding style the module's SQL uses. */
export type SqlBindings = Record<string, unknown>

/**
 * The one way the module runs its own SQL. It takes the active manager from the shared
 * context (`transactionManager` inside a transaction opened by `@InjectTransactionManager`,
 * else the `manager` of `@InjectManager`), so a repository call joins whatever transaction the
 * facade or an internal service opened. Straight through knex: MikroORM's `execute` formats
 * bound JSON into the query text on every call, which dominated the ingestion cost.
 *
 * Registered in the module's container as `sqlRunner` (Medusa loads every class of
 * `repositories/`); the domain repositories take it by injection.
 */
export class SqlRunner {
  async rows<Row = Record<string, any>>(context: Context, sql: string, bindings: SqlBindings = {}): Promise<Row[]> {
    const manager = activeManager(context)
    const statement = manager.getKnex().raw(sql, bindings)
    const transaction = manager.getTransactionContext()
    const result = await (transaction ? statement.transacting(transaction) : statement)
    return result.rows
  }

  async first<Row = Record<string, any>>(
    context: Context,
    sql: string,
    bindings: SqlBindings = {}
  ): Promise<Row | undefined> {
    return (await this.rows<Row>(context, sql, bindings))[0]
  }

  /**
   * A statement in its own autocommit, whatever transaction the caller is in: for a count
   * that must hold even when the caller's transaction rolls back (a paid upstream call).
   */
  async rowsOutsideTransaction<Row = Record<string, any>>(
    context: Context,
    sql: string,
    bindings: SqlBindings = {}
  ): Promise<Row[]> {
    const result = await activeManager(context).getKnex().raw(sql, bindings)
    return result.rows
  }

  /**
   * A statement built by the tagged `sql` template of analytics-reports.ts: its values are
   * bound positionally by construction (the template cannot interpolate a value), so it is
   * the one exception to named bindings.
   */
  async fragment<Row = any>(context: Context, statement: { text: string; bindings: readonly unknown[] }): Promise<Row[]> {
    const manager = activeManager(context)
    const query = manager.getKnex().raw(statement.text, statement.bindings)
    const transaction = manager.getTransactionContext()
    const result = await (transaction ? query.transacting(transaction) : query)
    return result.rows
  }

  /** The active manager's knex, for the few reads built with its query builder. */
  knex(context: Context): any {
    return activeManager(context).getKnex()
  }
}

function activeManager(context: Context): any {
  const manager = context.transactionManager ?? context.manager
  if (!manager) {
    // A programming error (a method missing @InjectManager), never user input.
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "SqlRunner needs a context with a manager (is the caller decorated with @InjectManager?)"
    )
  }
  return manager
}

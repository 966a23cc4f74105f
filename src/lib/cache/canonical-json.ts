/**
 * One JSON text per value, whatever the order its object keys were written in: the basis of
 * cache keys, so `{ a, b }` and `{ b, a }` hit the same entry.
 */
export function canonicalJson(value: unknown): string {
  const text = JSON.stringify(canonicalize(value))
  // JSON.stringify(undefined) is undefined; a key needs text.
  return text === undefined ? "null" : text
}

function canonicalize(value: unknown): unknown {
  if (value === null || typeof value !== "object") {
    return value
  }
  if (Array.isArray(value)) {
    // Order is meaningful in arrays; undefined items become null as JSON does.
    return value.map((item) => (item === undefined ? null : canonicalize(item)))
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  const source = value as Record<string, unknown>
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(source).sort()) {
    const item = source[key]
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,BlockStatement: equivalent, JSON.stringify drops undefined, function and symbol properties itself; skipping them only spares the recursion.
    if (item === undefined || typeof item === "function" || typeof item === "symbol") {
      continue
    }
    sorted[key] = canonicalize(item)
  }
  return sorted
}

// Free-form JSON fields (event properties, product/order data, applied filters) are stored as
// jsonb and read back by reports; a client could send them nested thousands deep (~6 bytes a
// level) and make PostgreSQL's parser, or any recursive reader, run out of stack. Real payloads
// stay a few levels deep.

export const MAX_JSON_DEPTH = 32

/** True when `value` nests objects/arrays deeper than `max` levels (iterative: no recursion). */
export function exceedsJsonDepth(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== "object") {
      continue
    }
    if (depth + 1 > max) {
      return true
    }
    for (const child of Object.values(current as object)) {
      if (child !== null && typeof child === "object") {
        stack.push([child, depth + 1])
      }
    }
  }
  return false
}

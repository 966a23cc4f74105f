/**
 * `column` within the calendar days `:from` to `:to` (both included) in the time zone `:tz`, as
 * a range on the column itself so its B-tree or BRIN index can serve it. The statement binds
 * `from`, `to` and `tz` by name; `column` is a constant of the caller, never input.
 */
export function inLocalDays(column: string): string {
  return `${column} >= (cast(:from as date)::timestamp at time zone cast(:tz as text))
  and ${column} < ((cast(:to as date) + 1)::timestamp at time zone cast(:tz as text))`
}

// CSV (formula) injection, OWASP: a spreadsheet opening an export runs a cell that starts
// with "=", "+", "-" or "@" as a formula (e.g. `=HYPERLINK(...)` exfiltrating the row, or DDE
// `=cmd|...`), and tab / carriage return let a value slip such a character past the check in
// some importers. Lead names, companies, UTM values... are typed by anyone on the storefront.
//
// Decision: every STRING cell starting with one of these characters gets a leading single
// quote, which spreadsheets show as text and never evaluate. Values typed as numbers (money,
// scores, counts), booleans and dates are not strings and are written unchanged, so a negative
// number in a numeric column stays a number; a number held as text (a phone "+5511...") is
// neutralised like any other text. The quote is visible in the raw CSV: that is the trade-off
// OWASP accepts for text cells.

const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"])

/** The cell as it must be written to a CSV opened in a spreadsheet. */
export function neutralizeCsvCell(value: string): string {
  // charAt(0) of "" is "", never a trigger: no separate length check (it was an equivalent mutant).
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value
}

import { AneelError, AneelErrorCode } from "./errors"

// pt-BR: "." groups thousands (always in threes), "," starts the decimals. ANEEL also
// publishes a bare ",00" for zero, so the integer part may be empty.
const GROUPED = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/
const UNGROUPED = /^([+-]?)(\d*)(?:,(\d+))?$/

// What ANEEL and spreadsheets use for "no value".
const EMPTY_MARKERS = new Set(["", "-", "–", "—"])

/**
 * A pt-BR decimal ("1.234,56", "0,27438", ",00") as a number; finite numbers pass through.
 * Empty, null or a dash mean "no value" (null). Anything else throws `aneel_invalid_number`
 * rather than guessing: "12.34" is neither pt-BR nor safe to read as 12.34 when "1.234"
 * means 1234 a row earlier.
 */
export function parseBrazilianNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new AneelError(AneelErrorCode.INVALID_NUMBER, `Not a finite number: ${value}`)
    }
    return value
  }
  if (typeof value !== "string") {
    throw new AneelError(AneelErrorCode.INVALID_NUMBER, `Not a number or text: ${typeof value}`)
  }
  const text = value.trim()
  if (EMPTY_MARKERS.has(text)) {
    return null
  }
  const match = GROUPED.exec(text) ?? UNGROUPED.exec(text)
  if (!match || (match[2] === "" && match[3] === undefined)) {
    throw new AneelError(
      AneelErrorCode.INVALID_NUMBER,
      `Not a pt-BR number: "${text.slice(0, 40)}"`
    )
  }
  const [, sign, integer, decimals] = match
  const parsed = Number(`${sign}${integer.replace(/\./g, "") || "0"}.${decimals ?? "0"}`)
  // "-0,00" must not become -0, which `Object.is` and jest's toBe tell apart from 0.
  return parsed === 0 ? 0 : parsed
}

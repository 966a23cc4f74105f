import { parsePhoneNumberFromString } from "libphonenumber-js/max"

import { isValidCnpj, isValidCpf } from "../identifiers/cpf-cnpj"
import { passesLuhn } from "../identifiers/luhn"

export type PiiKind = "cpf" | "cnpj" | "email" | "phone" | "card"

export const PII_KINDS: readonly PiiKind[] = ["cpf", "cnpj", "email", "phone", "card"]

export interface RedactPiiOptions {
  /** Kinds to redact and report; every detector still runs so classification never changes. */
  kinds?: PiiKind[]
  replacement?: (kind: PiiKind) => string
  /** Accumulates the work done (tests and bench). */
  meter?: PiiWorkMeter
}

export interface RedactPiiResult {
  text: string
  /** Distinct kinds in the order they first appear in the text. */
  found: PiiKind[]
  counts: Record<PiiKind, number>
}

interface Span {
  kind: PiiKind
  start: number
  end: number
}

// Every detector runs in time linear in the text. The numeric ones (CPF, CNPJ, card, phone)
// are bounded-length patterns tried, sticky, only at positions a linear scan proposes, so each
// attempt costs at most a constant; e-mails are found from their "@" and expanded by hand
// (an unanchored e-mail regex backtracks quadratically over long runs of word characters:
// ~95 KB of text without "@" blocked the event loop for ~4 s). `PATTERNS` must hold no
// unbounded quantifier (`*`, `+`, `{n,}`): a unit test enforces it.

// A number glued to letters/digits, or continuing a larger number through ".,/-"
// (money "1.529.982.247-25", dates), is part of something else and must not match.
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,\/-])`
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}_]|[.,\/-]\p{N})`
// A "+" right before digits means an international phone, never a card or bare BR number.
const NOT_AFTER_NUMERIC = String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,\/-])`

const CNPJ_RE = new RegExp(
  `${NOT_AFTER}[0-9A-Z]{2}\\.?[0-9A-Z]{3}\\.?[0-9A-Z]{3}\\/?[0-9A-Z]{4}-?\\d{2}${NOT_BEFORE}`,
  "iuy"
)

const CPF_RE = new RegExp(`${NOT_AFTER}\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}${NOT_BEFORE}`, "uy")

// Cards are written bare or in issuer groupings (4-4-4-4[-3], Amex 4-6-5, Diners 4-6-4)
// with one consistent separator. Accepting arbitrary spacing would let lists such as
// "10 20 30 40 50 60 70" through, and ~10% of any digit run passes Luhn by chance.
const CARD_RE = new RegExp(
  `${NOT_AFTER_NUMERIC}(?:\\d{13,19}|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{3})?|\\d{4}([ -])\\d{6}\\2\\d{4,5})${NOT_BEFORE}`,
  "uy"
)

const SEP = "[ \\u00A0-]"
// Phones need 10+ digits in 4-digit groups, so dates cannot reach that shape and "/" is
// allowed around them: people list numbers as "11 98765-4321/11 3456-7890".
const PHONE_NOT_AFTER = String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,-])`
const PHONE_NOT_BEFORE = String.raw`(?![\p{L}\p{N}_]|[.,-]\p{N})`
// Brazilian layouts: optional +55, DDD with or without parentheses / trunk 0, optional
// mobile 9, then 4+4 digits. At least 10 digits are required, which already rules out
// CEPs (8), ISO dates (8), years and money amounts before libphonenumber is consulted.
const BR_PHONE_RE = new RegExp(
  `${PHONE_NOT_AFTER}(?:(?:\\+${SEP}?)?55${SEP}?)?(?:\\(${SEP}?0?\\d{2}${SEP}?\\)|0?\\d{2})${SEP}?(?:9${SEP}?)?\\d{4}${SEP}?\\d{4}${PHONE_NOT_BEFORE}`,
  "uy"
)

// Any other country, only when written with "+": without it the digits are ambiguous.
const INTL_PHONE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])\\+\\d(?:${SEP}?(?:\\(\\d{1,4}\\)|\\d)){6,16}${PHONE_NOT_BEFORE}`,
  "uy"
)

/** The sticky patterns, exported so a test can check that none has an unbounded quantifier. */
export const PATTERNS: Readonly<Record<string, RegExp>> = {
  cnpj: CNPJ_RE,
  cpf: CPF_RE,
  card: CARD_RE,
  brPhone: BR_PHONE_RE,
  intlPhone: INTL_PHONE_RE,
}

// Longest text any pattern can match (INTL_PHONE_RE: "+", 1 digit, 16 groups of up to
// 7 characters); used only to account the work of one attempt.
export const MAX_PATTERN_MATCH = 2 + 16 * 7

/**
 * Work counter for tests and the bench: `steps` grows by one per character a scanner visits
 * and by MAX_PATTERN_MATCH per sticky pattern attempt, an upper bound on what that attempt can read.
 */
export interface PiiWorkMeter {
  steps: number
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, "")
}

function isCnpjCandidate(candidate: string): boolean {
  // A bare run of letters and digits in lower case is far more likely a word, hash or
  // code than a CNPJ typed by a person; formatted or upper-case forms are accepted.
  if (/[a-z]/.test(candidate) && !/[./-]/.test(candidate)) {
    return false
  }
  return isValidCnpj(candidate)
}

function isCardCandidate(candidate: string): boolean {
  const digits = digitsOf(candidate)
  // CARD_RE only yields 13 to 19 digits; the check keeps this rule whole if the pattern changes.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: equivalent, the pattern bounds the length
  if (digits.length < 13 || digits.length > 19) {
    // Stryker disable next-line BooleanLiteral: equivalent, see above
    return false
  }
  if (/^(\d)\1*$/.test(digits)) {
    return false
  }
  // Issuers only use major industry identifiers 2-6 (Mastercard 2-series, Amex/Diners/JCB,
  // Visa, Mastercard/Elo, Discover/Hipercard/Elo).
  if (!/^[2-6]/.test(digits)) {
    return false
  }
  // Only Visa issued 13-digit numbers; a 13-digit run starting with 55 is a BR mobile
  // written as bare E.164 (55 + DDD + 9 digits) and must be left for the phone detector.
  if (digits.length === 13 && !digits.startsWith("4")) {
    return false
  }
  return passesLuhn(digits)
}

function isValidBrPhone(candidate: string): boolean {
  const parsed = parsePhoneNumberFromString(candidate, "BR")
  // Stryker disable next-line OptionalChaining: equivalent, BR_PHONE_RE's 10 to 14 digits always parse to a number
  if (parsed?.isValid()) {
    return true
  }
  // "5511987654321" is E.164 without the plus; the parser reads it as a national number.
  // Stryker disable all: equivalent today, libphonenumber-js/max already reads such numbers as
  // +55 (the tests hold several), so this fallback is not taken; it stays for a metadata change.
  const digits = digitsOf(candidate)
  if (!candidate.trim().startsWith("+") && digits.startsWith("55") && digits.length >= 12) {
    return parsePhoneNumberFromString(`+${digits}`)?.isValid() ?? false
  }
  // Stryker restore all
  return false
}

/**
 * Greedy matching can swallow a following number ("+1 415 555 2671 2025"), so when the
 * whole run is not a valid phone, retry without trailing groups before giving up.
 */
function acceptIntlPhone(candidate: string): number {
  let current = candidate
  while (digitsOf(current).length >= 7) {
    if (parsePhoneNumberFromString(current)?.isValid()) {
      return current.length
    }
    const cut = current.search(/[ \u00A0-][^ \u00A0-]*$/)
    // Stryker disable next-line EqualityOperator: equivalent, the candidate starts with "+", so a separator is never at 0
    if (cut <= 0) {
      break
    }
    current = current.slice(0, cut)
  }
  return 0
}

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const PLUS = 43
const DOT = 46

// Where each pattern can begin, found by a native global regex of one character and a
// one-character lookbehind (constant work per position). Every pattern's own lookbehind
// rejects a preceding ASCII letter, digit or "_", so only positions after anything else are
// proposed. The case-insensitive CNPJ pattern also matches "ſ" (U+017F) and the Kelvin sign
// (U+212A), the only non-ASCII characters that case-fold into A-Z.
export const STARTS: Readonly<Record<keyof typeof PATTERNS, RegExp>> = {
  cnpj: /(?<![A-Za-z0-9_])[A-Za-z0-9\u017f\u212a]/g,
  cpf: /(?<![A-Za-z0-9_])[0-9]/g,
  card: /(?<![A-Za-z0-9_])[0-9]/g,
  brPhone: /(?<![A-Za-z0-9_])[0-9+(]/g,
  intlPhone: /(?<![A-Za-z0-9_])\+/g,
}

/**
 * Tries the sticky pattern at each position its start finder proposes, left to right.
 * `accept` returns how many characters of the candidate to claim; 0 rejects it, and the next
 * position is tried (a rejected candidate may hide a valid one starting inside it).
 */
function scan(
  text: string,
  name: keyof typeof PATTERNS,
  accept: (candidate: string) => number,
  meter: PiiWorkMeter
): Array<[number, number]> {
  const re = PATTERNS[name]
  const starts = STARTS[name]
  const spans: Array<[number, number]> = []
  let visited = 0
  starts.lastIndex = 0
  let start: RegExpExecArray | null
  while ((start = starts.exec(text)) !== null) {
    const position = start.index
    // The finder moves forward only: charge each position it passed over once.
    meter.steps += position + 1 - visited + MAX_PATTERN_MATCH
    visited = position + 1
    re.lastIndex = position
    const match = re.exec(text)
    const length = match ? accept(match[0]) : 0
    // A rejected start needs nothing: exec of the one-character global finder already left
    // lastIndex one past it.
    if (length > 0) {
      spans.push([position, position + length])
      starts.lastIndex = position + length
    }
  }
  meter.steps += text.length - visited
  return spans
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u

function isLetterOrNumber(codePoint: number): boolean {
  // A fast path: the pattern gives the same answer for ASCII, so only mutants that send
  // non-ASCII here can be told apart.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent for ASCII, see above
  if (codePoint < 128) {
    return isAsciiLetterOrDigit(codePoint)
  }
  return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint))
}

// Local part: letters, digits and "._%+-"; it neither starts nor ends with ".".
const isLocalChar = (cp: number): boolean =>
  isLetterOrNumber(cp) || cp === DOT || cp === 95 || cp === 37 || cp === PLUS || cp === 45
// Domain labels: letters, digits and "-", separated by single dots, at least two labels.
const isDomainChar = (cp: number): boolean => isLetterOrNumber(cp) || cp === 45

/** The code point ending at `index` (exclusive) and its length in UTF-16 units. */
function codePointBefore(text: string, index: number, floor: number): [number, number] {
  const low = text.charCodeAt(index - 1)
  // The unit before the floor is an "@" or ends a whole code point, never a pair's high half:
  // this check only keeps the read in the stretch being scanned.
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent, see above
  const pairFits = index - 2 >= floor
  if (low >= 0xdc00 && low <= 0xdfff && pairFits) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) {
      return [(high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, 2]
    }
  }
  return [low, 1]
}

/** End of the run of domain characters starting at `index`. */
function skipLabel(text: string, index: number, meter: PiiWorkMeter): number {
  let end = index
  while (end < text.length) {
    const cp = text.codePointAt(end) as number
    if (!isDomainChar(cp)) {
      break
    }
    meter.steps++
    // Stryker disable next-line EqualityOperator: equivalent, U+FFFF is no letter or digit, so it never gets here
    end += cp > 0xffff ? 2 : 1
  }
  return end
}

/**
 * E-mails, found from each "@" and expanded by hand. "@" belongs to neither the local part
 * nor the domain, so the stretch read around one "@" never overlaps the next one's: the
 * whole pass reads each character a bounded number of times. Same matches as the former
 * leftmost-longest regex (local part `[\p{L}\p{N}_%+-]([\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?`,
 * domain `[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+`).
 */
function scanEmails(text: string, meter: PiiWorkMeter): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let floor = 0
  let searchFrom = 0
  for (;;) {
    const at = text.indexOf("@", searchFrom)
    meter.steps += (at === -1 ? text.length : at + 1) - searchFrom
    if (at === -1) {
      return spans
    }
    searchFrom = at + 1
    let start = at
    while (start > floor) {
      const [cp, size] = codePointBefore(text, start, floor)
      if (!isLocalChar(cp)) {
        break
      }
      meter.steps++
      start -= size
    }
    if (start === at || text.charCodeAt(at - 1) === DOT) {
      // Stryker disable next-line ArithmeticOperator: equivalent, the scan back stops at this "@" anyway
      floor = at + 1
      continue
    }
    while (text.charCodeAt(start) === DOT) {
      meter.steps++
      start++
    }
    let end = skipLabel(text, at + 1, meter)
    let labels = end > at + 1 ? 1 : 0
    while (labels > 0 && text.charCodeAt(end) === DOT) {
      const next = skipLabel(text, end + 1, meter)
      if (next === end + 1) {
        break
      }
      end = next
      labels++
    }
    if (labels >= 2) {
      spans.push([start, end])
      searchFrom = end
    }
    // Stryker disable next-line ArithmeticOperator: equivalent, the next scan back stops at this "@" anyway
    floor = labels >= 2 ? end : at + 1
  }
}

const whole = (ok: (candidate: string) => boolean) => (candidate: string) =>
  ok(candidate) ? candidate.length : 0

/** Keeps the spans of `later` that overlap none of `first`; both are sorted and disjoint. */
function withoutOverlaps(first: Array<[number, number]>, later: Array<[number, number]>): Array<[number, number]> {
  const kept = [...first]
  let j = 0
  for (const span of later) {
    while (j < first.length && first[j][1] <= span[0]) {
      j++
    }
    if (j < first.length && first[j][0] < span[1]) {
      continue
    }
    kept.push(span)
  }
  return kept
}

type Detector = (text: string, meter: PiiWorkMeter) => Array<[number, number]>

// Order is the tie-breaker for text that fits several kinds: e-mails first (their local
// part may hold digits), then check-digit-validated tax ids (1-in-100 chance match) before
// Luhn cards (1-in-10), and phones last because their shape is the loosest.
const DETECTORS: Array<{ kind: PiiKind; run: Detector }> = [
  { kind: "email", run: scanEmails },
  { kind: "cnpj", run: (t, m) => scan(t, "cnpj", whole(isCnpjCandidate), m) },
  { kind: "cpf", run: (t, m) => scan(t, "cpf", whole(isValidCpf), m) },
  { kind: "card", run: (t, m) => scan(t, "card", whole(isCardCandidate), m) },
  {
    kind: "phone",
    // The two phone patterns can overlap each other; the international claim wins.
    run: (t, m) => withoutOverlaps(scan(t, "intlPhone", acceptIntlPhone, m), scan(t, "brPhone", whole(isValidBrPhone), m)),
  },
]

/** One detector alone over raw text, for the linearity tests and the bench. */
// Stryker disable next-line ObjectLiteral: equivalent, nothing reads a meter the caller did not pass
export function detectorSpans(kind: PiiKind, text: string, meter: PiiWorkMeter = { steps: 0 }): Array<[number, number]> {
  const detector = DETECTORS.find((d) => d.kind === kind) as { run: Detector }
  return detector.run(text, meter)
}

// Claimed text is blanked with a character that is neither letter nor digit so later
// detectors cannot re-classify it, while offsets stay aligned with the original.
const MASK = "\u0000"

function mask(text: string, spans: Array<[number, number]>): string {
  const parts: string[] = []
  let cursor = 0
  // Only the phone detector's spans can come out of order, and nothing reads its masked text.
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: equivalent, see above
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    parts.push(text.slice(cursor, start), MASK.repeat(end - start))
    cursor = end
  }
  parts.push(text.slice(cursor))
  return parts.join("")
}

function findSpans(text: string, meter: PiiWorkMeter): Span[] {
  let working = text
  const spans: Span[] = []
  for (const detector of DETECTORS) {
    const claimed = detector.run(working, meter)
    for (const [start, end] of claimed) {
      spans.push({ kind: detector.kind, start, end })
    }
    meter.steps += working.length
    working = mask(working, claimed)
  }
  return spans.sort((a, b) => a.start - b.start)
}

function emptyCounts(): Record<PiiKind, number> {
  return { cpf: 0, cnpj: 0, email: 0, phone: 0, card: 0 }
}

const defaultReplacement = (kind: PiiKind): string => `[${kind.toUpperCase()}]`

/**
 * Redacts personal data from free text (assistant logs, lead notes) before it is stored.
 * Over-redaction is preferred to leaks: e.g. a protocol number shaped like a valid
 * Brazilian phone is redacted as a phone.
 */
export function redactPii(text: string, options: RedactPiiOptions = {}): RedactPiiResult {
  const counts = emptyCounts()
  // Empty, or not a string at all (a null note from JavaScript): nothing to redact.
  if (typeof text !== "string" || text.length === 0) {
    return { text: "", found: [], counts }
  }
  const wanted = new Set<PiiKind>(options.kinds ?? PII_KINDS)
  const replacement = options.replacement ?? defaultReplacement
  const found: PiiKind[] = []
  let output = ""
  let cursor = 0
  // Stryker disable next-line ObjectLiteral: equivalent, nothing reads a meter the caller did not pass
  for (const span of findSpans(text, options.meter ?? { steps: 0 })) {
    if (!wanted.has(span.kind)) {
      continue
    }
    output += text.slice(cursor, span.start) + replacement(span.kind)
    cursor = span.end
    counts[span.kind]++
    if (!found.includes(span.kind)) {
      found.push(span.kind)
    }
  }
  output += text.slice(cursor)
  return { text: output, found, counts }
}

export function detectPii(text: string): PiiKind[] {
  return redactPii(text).found
}

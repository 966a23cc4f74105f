import { parsePhoneNumberFromString } from "libphonenumber-js/max"

import { isValidCnpj, isValidCpf } from "../identifiers/cpf-cnpj"
import { passesLuhn } from "../identifiers/luhn"

export type PiiKind = "cpf" | "cnpj" | "email" | "phone" | "card"

export const PII_KINDS: readonly PiiKind[] = ["cpf", "cnpj", "email", "phone", "card"]

export interface RedactPiiOptions {
  /** Kinds to redact and report; every detector still runs so classification never changes. */
  kinds?: PiiKind[]
  replacement?: (kind: PiiKind) => string
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

// A number glued to letters/digits, or continuing a larger number through ".,/-"
// (money "1.529.982.247-25", dates), is part of something else and must not match.
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,\/-])`
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}_]|[.,\/-]\p{N})`
// A "+" right before digits means an international phone, never a card or bare BR number.
const NOT_AFTER_NUMERIC = String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,\/-])`

const EMAIL_RE = new RegExp(
  String.raw`[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
  "gu"
)

const CNPJ_RE = new RegExp(
  `${NOT_AFTER}[0-9A-Z]{2}\\.?[0-9A-Z]{3}\\.?[0-9A-Z]{3}\\/?[0-9A-Z]{4}-?\\d{2}${NOT_BEFORE}`,
  "giu"
)

const CPF_RE = new RegExp(`${NOT_AFTER}\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}${NOT_BEFORE}`, "gu")

// Cards are written bare or in issuer groupings (4-4-4-4[-3], Amex 4-6-5, Diners 4-6-4)
// with one consistent separator. Accepting arbitrary spacing would let lists such as
// "10 20 30 40 50 60 70" through, and ~10% of any digit run passes Luhn by chance.
const CARD_RE = new RegExp(
  `${NOT_AFTER_NUMERIC}(?:\\d{13,19}|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{3})?|\\d{4}([ -])\\d{6}\\2\\d{4,5})${NOT_BEFORE}`,
  "gu"
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
  "gu"
)

// Any other country, only when written with "+": without it the digits are ambiguous.
const INTL_PHONE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])\\+\\d(?:${SEP}?(?:\\(\\d{1,4}\\)|\\d)){6,16}${PHONE_NOT_BEFORE}`,
  "gu"
)

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
  if (digits.length < 13 || digits.length > 19 || /^(\d)\1*$/.test(digits)) {
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
  if (parsed?.isValid()) {
    return true
  }
  // "5511987654321" is E.164 without the plus; the parser reads it as a national number.
  const digits = digitsOf(candidate)
  if (!candidate.trim().startsWith("+") && digits.startsWith("55") && digits.length >= 12) {
    return parsePhoneNumberFromString(`+${digits}`)?.isValid() ?? false
  }
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
    if (cut <= 0) {
      break
    }
    current = current.slice(0, cut)
  }
  return 0
}

/** Returns how many characters of each candidate to claim; 0 rejects it. */
function scan(text: string, pattern: RegExp, accept: (candidate: string) => number): Array<[number, number]> {
  const re = new RegExp(pattern.source, pattern.flags)
  const spans: Array<[number, number]> = []
  let match: RegExpExecArray | null
  while ((match = re.exec(text)) !== null) {
    const length = accept(match[0])
    if (length > 0) {
      spans.push([match.index, match.index + length])
      re.lastIndex = match.index + length
    } else {
      // A rejected candidate may hide a valid one starting inside it.
      re.lastIndex = match.index + 1
    }
  }
  return spans
}

const whole = (ok: (candidate: string) => boolean) => (candidate: string) =>
  ok(candidate) ? candidate.length : 0

// Order is the tie-breaker for text that fits several kinds: e-mails first (their local
// part may hold digits), then check-digit-validated tax ids (1-in-100 chance match) before
// Luhn cards (1-in-10), and phones last because their shape is the loosest.
const DETECTORS: Array<{ kind: PiiKind; run: (text: string) => Array<[number, number]> }> = [
  { kind: "email", run: (t) => scan(t, EMAIL_RE, (c) => c.length) },
  { kind: "cnpj", run: (t) => scan(t, CNPJ_RE, whole(isCnpjCandidate)) },
  { kind: "cpf", run: (t) => scan(t, CPF_RE, whole(isValidCpf)) },
  { kind: "card", run: (t) => scan(t, CARD_RE, whole(isCardCandidate)) },
  {
    kind: "phone",
    run: (t) => [
      ...scan(t, INTL_PHONE_RE, acceptIntlPhone),
      ...scan(t, BR_PHONE_RE, whole(isValidBrPhone)),
    ],
  },
]

// Claimed text is blanked with a character that is neither letter nor digit so later
// detectors cannot re-classify it, while offsets stay aligned with the original.
const MASK = "\u0000"

function mask(text: string, spans: Span[]): string {
  const parts: string[] = []
  let cursor = 0
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(cursor, span.start), MASK.repeat(span.end - span.start))
    cursor = span.end
  }
  parts.push(text.slice(cursor))
  return parts.join("")
}

function findSpans(text: string): Span[] {
  let working = text
  const spans: Span[] = []
  for (const detector of DETECTORS) {
    const claimed: Span[] = []
    for (const [start, end] of detector.run(working)) {
      // The two phone regexes can overlap each other; keep the first claim.
      if (claimed.some((s) => start < s.end && end > s.start)) {
        continue
      }
      claimed.push({ kind: detector.kind, start, end })
    }
    spans.push(...claimed)
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
  if (typeof text !== "string" || text.length === 0) {
    return { text: typeof text === "string" ? text : "", found: [], counts }
  }
  const wanted = new Set<PiiKind>(options.kinds ?? PII_KINDS)
  const replacement = options.replacement ?? defaultReplacement
  const found: PiiKind[] = []
  let output = ""
  let cursor = 0
  for (const span of findSpans(text)) {
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

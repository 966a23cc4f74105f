// LGPD art. 18 requests: who the data subject is (identifiers), and what "anonymise" means
// for each model. Pure: the SQL that applies these lives in the module.
import { createHmac, randomBytes } from "crypto"
import { DomainError } from "../errors"
import { classifyTaxId, normalizeCpfCnpj } from "../identifiers/cpf-cnpj"
import { isValidEmail, normalizeEmail } from "../identifiers/email"
import { CountryCode, normalizePhone } from "../identifiers/phone"

export const SUBJECT_IDENTIFIER_KINDS = [
  "customer_id",
  "email",
  "phone",
  "cpf_cnpj",
  "lead_id",
  "anonymous_id",
  "session_id",
] as const

export type SubjectIdentifierKind = (typeof SUBJECT_IDENTIFIER_KINDS)[number]

/** Every identifier of one person, normalised the way the models store them. */
export type SubjectIdentifiers = Record<SubjectIdentifierKind, string[]>

export const SubjectErrorCode = {
  NO_IDENTIFIER: "solar360_subject_identifier_required",
  INVALID_IDENTIFIER: "solar360_subject_identifier_invalid",
} as const

/** At most this many values per identifier kind in one request. */
export const MAX_IDENTIFIERS_PER_KIND = 20

/**
 * Normalises and checks a request's identifiers: e-mails lower-cased, phones to E.164,
 * CPF/CNPJ without separators and with valid check digits, ids trimmed. Matching is exact
 * on these forms, never a pattern: "ana@x.com" never finds "ana@x.com.br".
 */
export function normalizeSubjectIdentifiers(
  input: Partial<Record<SubjectIdentifierKind, string | string[] | undefined>>,
  defaultCountry: CountryCode = "BR"
): SubjectIdentifiers {
  const result = Object.fromEntries(SUBJECT_IDENTIFIER_KINDS.map((kind) => [kind, [] as string[]])) as SubjectIdentifiers
  for (const kind of SUBJECT_IDENTIFIER_KINDS) {
    const raw = input[kind]
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((value) =>
      typeof value === "string" ? value.trim() : ""
    )
    for (const value of values) {
      if (!value) {
        throw invalid(kind, "is empty")
      }
      const normalized = normalizeIdentifier(kind, value, defaultCountry)
      if (!result[kind].includes(normalized)) {
        result[kind].push(normalized)
      }
    }
    if (result[kind].length > MAX_IDENTIFIERS_PER_KIND) {
      throw invalid(kind, `has more than ${MAX_IDENTIFIERS_PER_KIND} values`)
    }
  }
  if (SUBJECT_IDENTIFIER_KINDS.every((kind) => result[kind].length === 0)) {
    throw new DomainError(
      SubjectErrorCode.NO_IDENTIFIER,
      `Give at least one identifier of the person: ${SUBJECT_IDENTIFIER_KINDS.join(", ")}`
    )
  }
  return result
}

function normalizeIdentifier(kind: SubjectIdentifierKind, value: string, defaultCountry: CountryCode): string {
  switch (kind) {
    case "email":
      if (!isValidEmail(value)) {
        throw invalid(kind, "is not an e-mail address")
      }
      return normalizeEmail(value)
    case "phone": {
      const phone = normalizePhone(value, defaultCountry)
      if (!phone) {
        throw invalid(kind, "is not a valid phone number")
      }
      return phone
    }
    case "cpf_cnpj": {
      const taxId = normalizeCpfCnpj(value)
      if (!classifyTaxId(taxId)) {
        throw invalid(kind, "is not a valid CPF or CNPJ")
      }
      return taxId
    }
    default:
      if (value.length > 200) {
        throw invalid(kind, "is longer than 200 characters")
      }
      return value
  }
}

function invalid(kind: SubjectIdentifierKind, problem: string) {
  return new DomainError(SubjectErrorCode.INVALID_IDENTIFIER, `Identifier "${kind}" ${problem}`)
}

/**
 * Keyed hashes of the identifiers, for the audit trail: they let an operator check later
 * whether a request concerned a given e-mail (hash it again with the key) without the
 * audit holding the e-mail. Keyed, because a plain SHA-256 of a phone or CPF is reversed
 * by enumerating every possible value.
 */
export function hashSubjectIdentifiers(
  identifiers: SubjectIdentifiers,
  key: string
): Partial<Record<SubjectIdentifierKind, string[]>> {
  return Object.fromEntries(
    SUBJECT_IDENTIFIER_KINDS.filter((kind) => identifiers[kind].length > 0).map((kind) => [
      kind,
      identifiers[kind].map((value) => hashSubjectIdentifier(kind, value, key)),
    ])
  )
}

export function hashSubjectIdentifier(kind: SubjectIdentifierKind, normalizedValue: string, key: string): string {
  return createHmac("sha256", key).update(`${kind}:${normalizedValue}`).digest("hex")
}

/** A new secret for hashSubjectIdentifiers. */
export function generateIdentifierHashKey(): string {
  return randomBytes(32).toString("hex")
}

/** Prefix of the pseudonyms that replace ids in anonymised rows. */
export const PSEUDONYM_PREFIX = "anon_"

/**
 * A fresh random pseudonym for one id: within one erasure every occurrence of an id gets
 * the same pseudonym (distinct counts stay right), and nothing links it back to the id.
 */
export function generatePseudonym(): string {
  return `${PSEUDONYM_PREFIX}${randomBytes(12).toString("hex")}`
}

export function isPseudonym(value: string | null | undefined): boolean {
  return typeof value === "string" && value.startsWith(PSEUDONYM_PREFIX)
}

import { DomainError } from "../errors"

export type TaxIdKind = "cpf" | "cnpj"

const CPF_SHAPE = /^\d{11}$/
// From July 2026 the 12-character CNPJ base may contain letters; check digits stay numeric.
const CNPJ_SHAPE = /^[0-9A-Z]{12}\d{2}$/
const CNPJ_WEIGHTS_1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
const CNPJ_WEIGHTS_2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]

/** Strips the usual separators so formatted and bare inputs compare equal. */
export function normalizeCpfCnpj(value: string): string {
  if (typeof value !== "string") {
    return ""
  }
  return value.replace(/[.\-/\s]/g, "").toUpperCase()
}

function allSameChar(value: string): boolean {
  return /^(.)\1*$/.test(value)
}

function mod11Digit(sum: number): number {
  const r = sum % 11
  return r < 2 ? 0 : 11 - r
}

// The alphanumeric CNPJ spec defines each character's value as its ASCII code minus 48,
// which leaves digits unchanged and keeps the old numeric CNPJs valid.
function charValue(char: string): number {
  return char.charCodeAt(0) - 48
}

export function isValidCpf(value: string): boolean {
  const cpf = normalizeCpfCnpj(value)
  if (!CPF_SHAPE.test(cpf) || allSameChar(cpf)) {
    return false
  }
  const digits = cpf.split("").map(Number)
  let sum = 0
  for (let i = 0; i < 9; i++) {
    sum += digits[i] * (10 - i)
  }
  if (mod11Digit(sum) !== digits[9]) {
    return false
  }
  sum = 0
  for (let i = 0; i < 10; i++) {
    sum += digits[i] * (11 - i)
  }
  return mod11Digit(sum) === digits[10]
}

export function isValidCnpj(value: string): boolean {
  const cnpj = normalizeCpfCnpj(value)
  if (!CNPJ_SHAPE.test(cnpj) || allSameChar(cnpj)) {
    return false
  }
  const values = cnpj.split("").map(charValue)
  let sum = 0
  for (let i = 0; i < 12; i++) {
    sum += values[i] * CNPJ_WEIGHTS_1[i]
  }
  if (mod11Digit(sum) !== values[12]) {
    return false
  }
  sum = 0
  for (let i = 0; i < 13; i++) {
    sum += values[i] * CNPJ_WEIGHTS_2[i]
  }
  return mod11Digit(sum) === values[13]
}

/** Lengths differ (11 vs 14), so a value can never be both. */
export function classifyTaxId(value: string): TaxIdKind | null {
  if (isValidCpf(value)) {
    return "cpf"
  }
  if (isValidCnpj(value)) {
    return "cnpj"
  }
  return null
}

/**
 * Formatting is presentation only: it requires the right shape but not valid check
 * digits, so a mistyped document can still be shown back to the user as typed.
 */
export function formatCpf(value: string): string {
  const cpf = normalizeCpfCnpj(value)
  if (!CPF_SHAPE.test(cpf)) {
    throw new DomainError("INVALID_CPF", "A CPF must have 11 digits")
  }
  return `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`
}

/** Same contract as formatCpf: shape is enforced, check digits are not. */
export function formatCnpj(value: string): string {
  const cnpj = normalizeCpfCnpj(value)
  if (!CNPJ_SHAPE.test(cnpj)) {
    throw new DomainError(
      "INVALID_CNPJ",
      "A CNPJ must have 12 alphanumeric characters followed by 2 digits"
    )
  }
  return `${cnpj.slice(0, 2)}.${cnpj.slice(2, 5)}.${cnpj.slice(5, 8)}/${cnpj.slice(8, 12)}-${cnpj.slice(12)}`
}

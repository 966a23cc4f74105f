import { createHash } from "crypto"
import { DomainError } from "../errors"
import { PhotogrammetryErrorCode } from "./errors"

/**
 * Brazilian street-address abbreviations and their full words. Matched as whole tokens
 * after punctuation became spaces, so "r." and "r" are the same token "r".
 */
const ABBREVIATIONS: Record<string, string> = {
  r: "rua",
  av: "avenida",
  avd: "avenida",
  al: "alameda",
  trav: "travessa",
  tv: "travessa",
  pca: "praca",
  pc: "praca",
  rod: "rodovia",
  estr: "estrada",
  apto: "apartamento",
  ap: "apartamento",
  apt: "apartamento",
  bl: "bloco",
  lgo: "largo",
  jd: "jardim",
  jdm: "jardim",
  vl: "vila",
  pq: "parque",
  cj: "conjunto",
  conj: "conjunto",
  dr: "doutor",
}

/** Markers of a house number ("n. 1500", "nº 1500", "no 1500", "número 1500"): dropped. */
const NUMBER_MARKERS = new Set(["n", "no", "num", "numero", "nro"])

/**
 * A canonical form of a free-text Brazilian address, so differently written copies of the
 * same address (abbreviations, accents, punctuation, CEP with or without its dash) compare
 * equal. Numbers are kept: a different house number is a different roof.
 */
export function normaliseAddress(text: string): string {
  if (typeof text !== "string") {
    throw new DomainError(PhotogrammetryErrorCode.INVALID_ADDRESS, "address must be text")
  }
  let value = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // "nº" / "n°" / "n.º": the ordinal marks become a plain "n" marker.
    .replace(/[º°ª]/g, " ")
    // CEP "01310-100" / "01310 100" / "01.310-100" -> "01310100".
    .replace(/\b(\d{2})\.?(\d{3})[-\s]?(\d{3})\b/g, "$1$2$3")
    // Everything that is not a letter or a digit separates words.
    .replace(/[^a-z0-9]+/g, " ")
    .trim()

  const tokens = value.split(" ").filter(Boolean)
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const next = tokens[i + 1]
    if (NUMBER_MARKERS.has(token) && next !== undefined && /^\d/.test(next)) {
      continue
    }
    out.push(ABBREVIATIONS[token] ?? token)
  }
  value = out.join(" ")
  if (!value) {
    throw new DomainError(PhotogrammetryErrorCode.INVALID_ADDRESS, "address is empty")
  }
  return value
}

/** SHA-256 (hex) of the normalised address: the level-1 cache key. */
export function addressHash(text: string): string {
  return createHash("sha256").update(normaliseAddress(text)).digest("hex")
}

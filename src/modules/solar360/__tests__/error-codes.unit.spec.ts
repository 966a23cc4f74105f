import { readdirSync, readFileSync, statSync } from "fs"
import { join, relative } from "path"
import { Solar360ErrorCode } from "../errors"

// One error-code registry: every stable code is defined in Solar360ErrorCode (pure lib code
// defines its codes in a table beside its rules, which the registry spreads in) and used
// through it. This scan finds code literals written anywhere else.

const SRC = join(__dirname, "..", "..", "..")

/** The registry and the lib code tables it spreads in: the only places a code is spelled. */
const REGISTRY_FILES = [
  "modules/solar360/errors.ts",
  "lib/analytics/reports.ts",
  "lib/finance/credit-analysis.ts",
  "lib/photogrammetry/errors.ts",
  "lib/privacy/subjects.ts",
  "lib/leads/csv-import.ts",
]

/**
 * Generated from docs/openapi.json (whose Solar360ErrorCode enum comes from the registry) by
 * `npm run openapi`: it spells the codes as a type, never uses one inline.
 */
const GENERATED_FILES = ["client/openapi-types.ts"]

/** `solar360_` names that are not error codes: tables, the ingestion-key actor type. */
const NOT_CODES = new Set([
  "solar360_privacy_salt",
  "solar360_privacy_audit",
  "solar360_upstream_spend",
  "solar360_ingestion_key",
  "solar360_rate_limit",
])

/** A quoted literal, or an object key at the start of a line (`solar360_x: {`). */
const CODE_LITERAL = /["'](solar360_[a-z_]+)["']|^\s*(solar360_[a-z_]+)\s*:/gm

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      return name === "__tests__" || name === "migrations" || name === "node_modules" ? [] : sourceFiles(path)
    }
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : []
  })
}

/** The literals of one source text, comments left out (they may name a code in prose). */
function codeLiterals(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")
  return [...code.matchAll(CODE_LITERAL)].map((match) => match[1] ?? match[2])
}

describe("error-code registry", () => {
  const registered = new Set<string>(Object.values(Solar360ErrorCode))

  it("finds literals in code and ignores comments (the scan itself can fail)", () => {
    expect(codeLiterals(`throw new MedusaError(t, "m", "solar360_made_up")`)).toEqual(["solar360_made_up"])
    expect(codeLiterals(`const answers = {\n  solar360_upstream_busy: { status: 503 },\n}`)).toEqual([
      "solar360_upstream_busy",
    ])
    expect(codeLiterals(`/** answers 503 "solar360_upstream_busy" */\n// "solar360_x"\nconst a = 1`)).toEqual([])
  })

  it("holds the codes that routes and services used inline before", () => {
    for (const code of [
      "solar360_batch_too_large",
      "solar360_events_rejected",
      "solar360_logs_rejected",
      "solar360_lead_contact_required",
      "solar360_invalid_phone",
      "solar360_distributor_not_found",
      "solar360_tariff_not_found",
      "solar360_subject_identifier_required",
      "solar360_subject_identifier_invalid",
    ]) {
      expect(registered.has(code)).toBe(true)
    }
  })

  it("no code literal outside the registry files: each is used through Solar360ErrorCode", () => {
    const found: string[] = []
    for (const file of sourceFiles(SRC)) {
      const name = relative(SRC, file).split("\\").join("/")
      if (REGISTRY_FILES.includes(name) || GENERATED_FILES.includes(name)) {
        continue
      }
      for (const literal of codeLiterals(readFileSync(file, "utf8"))) {
        if (NOT_CODES.has(literal)) {
          continue
        }
        found.push(
          registered.has(literal)
            ? `${name}: "${literal}" written inline (use Solar360ErrorCode)`
            : `${name}: "${literal}" is not in Solar360ErrorCode`
        )
      }
    }
    expect(found).toEqual([])
  })

  it("the registry files (and the generated types) define only registered codes", () => {
    for (const name of [...REGISTRY_FILES, ...GENERATED_FILES]) {
      for (const literal of codeLiterals(readFileSync(join(SRC, name), "utf8"))) {
        expect([literal, registered.has(literal)]).toEqual([literal, true])
      }
    }
  })
})

// Reading a CSV of leads for the admin import: a header row naming the capture's fields
// (any case, pt-BR aliases accepted), one lead per data row. Pure: the route validates each
// row with the store capture's schema and the module dedupes and writes.
import { parse } from "csv-parse/sync"
import { DomainError } from "../errors"

export const LeadCsvErrorCode = {
  INVALID_CSV: "solar360_lead_csv_invalid",
} as const

/** The capture's fields an import may set, and the header names that mean them. */
const HEADER_ALIASES: Record<string, string[]> = {
  name: ["nome", "nome completo", "full name"],
  email: ["e-mail", "e_mail", "mail"],
  phone: ["telefone", "celular", "whatsapp", "fone", "phone number"],
  company: ["empresa", "razao social", "razão social"],
  cpf_cnpj: ["cpf", "cnpj", "cpf/cnpj", "documento", "cpf_cnpj"],
  interest_type: ["interesse", "tipo de interesse", "interest"],
  message: ["mensagem", "observacao", "observação", "comentario", "comentário"],
  monthly_bill_brl: ["conta mensal", "valor da conta", "conta de luz", "monthly_bill", "bill"],
  monthly_consumption_kwh: ["consumo", "consumo mensal", "consumo kwh", "consumption"],
  city: ["cidade", "municipio", "município"],
  state: ["estado", "uf"],
  utm_source: [],
  utm_medium: [],
  utm_campaign: [],
  utm_term: [],
  utm_content: [],
  gclid: [],
  fbclid: [],
  landing_page: [],
  referrer: [],
}

/** Fields whose cells are numbers in the capture's schema (the CSV carries text). */
export const LEAD_CSV_NUMBER_FIELDS = ["monthly_bill_brl", "monthly_consumption_kwh"] as const

const ALIASES = new Map<string, string>(
  Object.entries(HEADER_ALIASES).flatMap(([field, aliases]) =>
    [field, ...aliases].map((alias) => [normaliseHeader(alias), field] as [string, string])
  )
)

function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s-]+/g, " ")
}

export type LeadCsvRow = {
  /** 1-based data row (the header is row 0). */
  row: number
  /** The cells of the known columns; blank cells are left out. */
  fields: Record<string, string>
}

export type LeadCsv = { columns: string[]; unknown_columns: string[]; rows: LeadCsvRow[] }

/**
 * Parses the text; throws a DomainError (a 400) for a file that is not CSV, has no header,
 * repeats a column, or has more than `maxRows` data rows. Unknown columns are ignored and
 * reported; numbers in cells may use a decimal comma ("1.234,56" or "250,5").
 */
export function parseLeadCsv(text: string, maxRows: number): LeadCsv {
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      // A spreadsheet may save with ";" (pt-BR locales): detect it from the header line.
      delimiter: detectDelimiter(text),
    }) as string[][]
  } catch (error) {
    throw new DomainError(LeadCsvErrorCode.INVALID_CSV, `The CSV could not be read: ${(error as Error).message}`)
  }
  const [header, ...data] = records
  if (!header) {
    throw new DomainError(LeadCsvErrorCode.INVALID_CSV, "The CSV is empty: a header row is required")
  }
  if (data.length > maxRows) {
    throw new DomainError(LeadCsvErrorCode.INVALID_CSV, `The CSV has ${data.length} rows; at most ${maxRows} per import`)
  }
  const columns = header.map((name) => ALIASES.get(normaliseHeader(name)) ?? null)
  const known = columns.filter((field): field is string => field !== null)
  const repeated = known.find((field, index) => known.indexOf(field) !== index)
  if (repeated) {
    throw new DomainError(LeadCsvErrorCode.INVALID_CSV, `More than one column means "${repeated}"`)
  }
  if (!known.length) {
    throw new DomainError(
      LeadCsvErrorCode.INVALID_CSV,
      "The header row names none of the lead fields (name, email, phone, ... or nome, telefone, ...)"
    )
  }
  const rows = data.map((cells, index) => {
    const fields: Record<string, string> = {}
    columns.forEach((field, column) => {
      const value = cells[column]
      if (field && value !== undefined && value !== "") {
        fields[field] = value
      }
    })
    return { row: index + 1, fields }
  })
  return {
    columns: known,
    unknown_columns: header.filter((_, column) => columns[column] === null),
    rows,
  }
}

/** "1.234,56" -> 1234.56, "250,5" -> 250.5, "1234.5" -> 1234.5; NaN when not a number. */
export function parseCsvNumber(cell: string): number {
  const text = cell.replace(/\s|R\$/g, "")
  const normalised = text.includes(",") ? text.replace(/\./g, "").replace(",", ".") : text
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const count = (char: string) => firstLine.split(char).length - 1
  return count(";") > count(",") ? ";" : ","
}

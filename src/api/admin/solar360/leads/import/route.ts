import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { LEAD_CSV_NUMBER_FIELDS, parseCsvNumber, parseLeadCsv, type LeadCapture } from "../../../../../lib/leads"
import { asInvalidData, invalidData, Solar360ErrorCode, type LeadImportInvalidRow, type LeadImportRow } from "../../../../../modules/solar360"
import { importLeadsWorkflow } from "../../../../../workflows/leads"
import { AdminImportLeadRow, AdminImportLeads, MAX_IMPORT_ROWS, MAX_WRITTEN_IMPORT_ROWS } from "../validators"
import type { AdminImportLeadsResponse } from "../responses"

/**
 * CSV import of leads: each row is checked with the store capture's schema, then classified
 * against the open leads (`create` / `update` with the match / `invalid` with field errors).
 * `dry_run` (default) writes nothing; otherwise every valid row (at most
 * MAX_WRITTEN_IMPORT_ROWS) is written in one transaction and invalid rows are only reported.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportLeads>,
  res: MedusaResponse<AdminImportLeadsResponse>
) => {
  const { csv, dry_run } = req.validatedBody
  const parsed = asInvalidData(() => parseLeadCsv(csv, MAX_IMPORT_ROWS))
  const rows: LeadImportRow[] = []
  const invalid: LeadImportInvalidRow[] = []
  for (const { row, fields } of parsed.rows) {
    const cells: Record<string, unknown> = { ...fields }
    for (const field of LEAD_CSV_NUMBER_FIELDS) {
      if (fields[field] !== undefined) {
        cells[field] = parseCsvNumber(fields[field])
      }
    }
    const result = AdminImportLeadRow.safeParse(cells)
    if (result.success) {
      rows.push({ row, capture: result.data as LeadCapture })
    } else {
      invalid.push({ row, errors: fieldErrors(result.error) })
    }
  }
  if (!dry_run && rows.length > MAX_WRITTEN_IMPORT_ROWS) {
    throw invalidData(
      `A written import takes at most ${MAX_WRITTEN_IMPORT_ROWS} valid rows (this file has ${rows.length}): import it in parts. The preview (dry_run) reads up to ${MAX_IMPORT_ROWS} rows.`,
      Solar360ErrorCode.LEAD_CSV_INVALID
    )
  }
  const { result } = await importLeadsWorkflow(req.scope).run({ input: { rows, invalid, dry_run } })
  res.json({
    dry_run: result.dry_run,
    summary: result.summary,
    rows: result.rows,
    unknown_columns: parsed.unknown_columns,
  })
}

function fieldErrors(error: z.ZodError): Array<{ field: string; message: string }> {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "row", message: issue.message }))
}

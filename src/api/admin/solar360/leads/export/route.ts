import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify"
import { neutralizeCsvCell } from "../../../../../lib/export/csv-cell"
import { watchDisconnect } from "../../../../utils/client-disconnect"
import { leadFiltersToQuery } from "../filters"
import { LEAD_EXPORT_COLUMNS } from "../query-config"
import { AdminExportLeadsParams } from "../validators"

const PAGE_SIZE = 1000

/**
 * The filtered lead list as CSV, streamed page by page (no row limit, constant memory).
 * UTF-8 with a BOM so spreadsheet apps read accents right.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExportLeadsParams>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { order, ...filterInput } = req.validatedQuery as AdminExportLeadsParams
  const filters = leadFiltersToQuery(filterInput)
  const sort = parseOrder(order)

  const csv = stringify({
    header: true,
    bom: true,
    columns: [...LEAD_EXPORT_COLUMNS],
    cast: {
      // Text cells only: numbers, booleans and dates are typed and cannot carry a formula.
      string: (value) => neutralizeCsvCell(value),
      date: (value) => value.toISOString(),
      boolean: (value) => (value ? "true" : "false"),
    },
  })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="leads-${new Date().toISOString().slice(0, 10)}.csv"`
  )
  csv.pipe(res)
  const client = watchDisconnect(res)

  let pages = 0
  for (let skip = 0; !client.gone; skip += PAGE_SIZE) {
    const { data } = await query.graph({
      entity: "lead",
      fields: [...LEAD_EXPORT_COLUMNS],
      filters,
      pagination: { skip, take: PAGE_SIZE, order: sort },
    })
    pages++
    for (const lead of data) {
      // Respect back-pressure: wait for the socket before queueing more rows; a closed
      // socket ends the wait (it never drains) and the export.
      if (!csv.write(lead) && !(await client.drained(csv))) {
        break
      }
    }
    if (data.length < PAGE_SIZE) {
      break
    }
  }
  if (client.gone) {
    csv.destroy()
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`solar360: lead export stopped after ${pages} page(s): the client disconnected`)
    return
  }
  csv.end()
}

/** "-created_at" -> { created_at: "DESC" }; defaults to oldest first, then id, for stable pages. */
function parseOrder(order?: string): Record<string, "ASC" | "DESC"> {
  if (!order) {
    return { created_at: "ASC", id: "ASC" }
  }
  const descending = order.startsWith("-")
  const field = descending ? order.slice(1) : order
  return { [field]: descending ? "DESC" : "ASC", id: "ASC" }
}

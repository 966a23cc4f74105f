import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { strToU8, Zip, ZipDeflate } from "fflate"
import { SOLAR360_MODULE } from "../../../../../../modules/solar360"
import { notFound } from "../../../../../../modules/solar360"
import type { Solar360ModuleService } from "../../../../../../modules/solar360"
import { recordDataSubjectExportWorkflow } from "../../../../../../workflows/privacy"
import { watchDisconnect } from "../../../../../utils/client-disconnect"
import { auditActorOf, subjectIdentifiersOf } from "../identifiers"
import { AdminExportDataSubject, AdminExportDataSubjectParams } from "../validators"

const PAGE_SIZE = 500

/**
 * LGPD art. 18 II and V (access, portability): every row of every model that belongs to the
 * person, with field names as stored. `format=json` streams one document; `format=zip`
 * streams one JSON file per model (and subject.json), for large subjects. Pages of rows are
 * read and written one at a time, so memory stays flat whatever the size.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminExportDataSubject>, res: MedusaResponse) => {
  const { format, identifiers } = req.validatedBody
  await exportDataSubject(req, res, identifiers, format)
}

/**
 * GET form, kept for plain download links: its identifiers are in the URL, so access logs
 * hold them (README). Prefer the POST form, which takes them in the body.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminExportDataSubjectParams>, res: MedusaResponse) => {
  const { format, ...input } = req.validatedQuery as AdminExportDataSubjectParams
  await exportDataSubject(req, res, input, format)
}

async function exportDataSubject(
  req: AuthenticatedMedusaRequest<any, any>,
  res: MedusaResponse,
  input: AdminExportDataSubject["identifiers"],
  format: "json" | "zip"
) {
  const identifiers = subjectIdentifiersOf(req, input)
  const solar360: Solar360ModuleService = req.scope.resolve(SOLAR360_MODULE)
  const summary = await solar360.summarizeDataSubject(identifiers)
  if (summary.total === 0) {
    throw notFound("No record of this person is held")
  }
  const counts = Object.fromEntries(Object.entries(summary.models).map(([model, { count }]) => [model, count]))
  const { result } = await recordDataSubjectExportWorkflow(req.scope).run({
    input: { identifiers, format, counts, ...auditActorOf(req) },
  })
  const header = {
    format: "solar360.data-subject-export",
    version: 1,
    exported_at: new Date().toISOString(),
    audit_id: result.audit_id,
    subject: summary.subject,
    counts,
  }
  // The summary lists the models in the module's order; non-personal ones count 0.
  const models = Object.keys(summary.models).filter((table) => counts[table] > 0)
  const client = watchDisconnect(res)
  const stats = { pages: 0 }
  const pages = (table: string) => rowPages(solar360, table, summary.subject, client, stats)
  const name = `data-subject-${new Date().toISOString().slice(0, 10)}`

  if (format === "zip") {
    res.setHeader("Content-Type", "application/zip")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.zip"`)
    await streamZip(res, header, models, pages, client)
  } else {
    res.setHeader("Content-Type", "application/json; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.json"`)
    await streamJson(res, header, models, pages, client)
  }
  if (client.gone) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`solar360: data-subject export stopped after ${stats.pages} page(s): the client disconnected`)
  }
}

type Client = ReturnType<typeof watchDisconnect>

type Pages = (table: string) => AsyncGenerator<Record<string, unknown>[]>

async function* rowPages(
  solar360: Solar360ModuleService,
  table: string,
  subject: Parameters<Solar360ModuleService["listDataSubjectRows"]>[1],
  client: Client,
  stats: { pages: number }
) {
  let after = ""
  // A client that went away reads nothing more from the database.
  while (!client.gone) {
    const rows = await solar360.listDataSubjectRows(table, subject, { after, limit: PAGE_SIZE })
    stats.pages++
    if (rows.length) {
      yield rows
      after = String(rows[rows.length - 1].id)
    }
    if (rows.length < PAGE_SIZE) {
      return
    }
  }
}

async function streamJson(res: MedusaResponse, header: object, models: string[], pages: Pages, client: Client) {
  const opening = JSON.stringify(header)
  res.write(`${opening.slice(0, -1)},"models":{`)
  for (const [index, table] of models.entries()) {
    if (client.gone) {
      return
    }
    res.write(`${index ? "," : ""}${JSON.stringify(table)}:[`)
    let first = true
    for await (const rows of pages(table)) {
      res.write(`${first ? "" : ","}${rows.map((row) => JSON.stringify(row)).join(",")}`)
      first = false
      // Waits for the socket when its buffer is full (back-pressure), or its close.
      if (!(await client.drained())) {
        return
      }
    }
    res.write("]")
  }
  res.end("}}")
}

async function streamZip(res: MedusaResponse, header: object, models: string[], pages: Pages, client: Client) {
  const done = new Promise<void>((resolve, reject) => {
    const zip = new Zip((error, chunk, final) => {
      if (error) {
        reject(error)
        return
      }
      res.write(chunk)
      if (final) {
        res.end()
        resolve()
      }
    })
    const write = async () => {
      const subjectFile = new ZipDeflate("subject.json", { level: 6 })
      zip.add(subjectFile)
      subjectFile.push(strToU8(JSON.stringify(header, null, 2)), true)
      for (const table of models) {
        if (client.gone) {
          zip.terminate()
          resolve()
          return
        }
        const file = new ZipDeflate(`${table}.json`, { level: 6 })
        zip.add(file)
        file.push(strToU8("["))
        let first = true
        for await (const rows of pages(table)) {
          file.push(strToU8(`${first ? "" : ","}${rows.map((row) => JSON.stringify(row)).join(",")}`))
          first = false
          if (!(await client.drained())) {
            // Nobody reads the rest: stop reading pages and let the request end.
            zip.terminate()
            resolve()
            return
          }
        }
        file.push(strToU8("]"), true)
      }
      zip.end()
    }
    write().catch(reject)
  })
  await done
}

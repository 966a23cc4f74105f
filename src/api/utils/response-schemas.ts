import { z } from "@medusajs/framework/zod"
import { Solar360ErrorCode } from "../../modules/solar360"

/**
 * Building blocks of the routes' response schemas (each resource's `responses.ts`). The
 * schemas describe what a route answers on the wire; `src/api/types.ts` exports their types
 * and `npm run openapi` turns them into docs/openapi.json.
 *
 * `.meta()` carries what OpenAPI shows (component `id`, `example`, `description`): zod's own
 * metadata, so these files need no OpenAPI library at run time.
 */

/**
 * A date-time: a handler hands `res.json` a `Date` (query results, module reads), the client
 * receives its ISO string. Both are accepted so a handler typed with the schema compiles and a
 * recorded body parses; OpenAPI shows the wire form.
 */
export const dateTime = () =>
  z
    .union([z.date(), z.iso.datetime({ offset: true })])
    .meta({ type: "string", format: "date-time", example: "2026-03-01T12:00:00.000Z" } as Record<string, unknown>)

/** A column the caller may leave out with `?fields=`, and that may be null. */
export const col = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional()

/** A JSON column (objects and arrays the module stores as they are). */
export const json = () => z.unknown()

/**
 * A record read with the request's `fields`: every column is optional (a caller may select a
 * few), so the schema lists the documented ones and lets the rest through.
 */
export const entity = <S extends z.ZodRawShape>(id: string, shape: S, example?: Record<string, unknown>) =>
  z.looseObject({ id: z.string().optional(), ...shape }).meta({ id, ...(example ? { example } : {}) })

/** `{ [key]: rows, count, offset, limit }`, the Medusa list answer. */
export const listOf = <K extends string, T extends z.ZodTypeAny>(key: K, item: T) =>
  z.object({
    ...({ [key]: z.array(item) } as { [P in K]: z.ZodArray<T> }),
    count: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
  })

/**
 * Medusa's error answer: `type` is the error class (`invalid_data`, `not_found`,
 * `unauthorized`, ...), `code` the plugin's stable code (Solar360ErrorCode) when it set one.
 * Clients switch on `code`, never on `message`.
 */
export const ErrorBody = z
  .looseObject({
    type: z.string(),
    code: z.string().optional(),
    message: z.string(),
  })
  .meta({
    id: "Error",
    example: { type: "invalid_data", code: Solar360ErrorCode.INVALID_INPUT, message: "Invalid request: ..." },
  })

export type ErrorBody = z.infer<typeof ErrorBody>

/** The calendar-day range of a report. */
export const ReportRange = z
  .object({
    from: z.string(),
    to: z.string(),
    days: z.number().int(),
    time_zone: z.string(),
  })
  .meta({ id: "ReportRange", example: { from: "2026-02-01", to: "2026-03-02", days: 30, time_zone: "America/Sao_Paulo" } })

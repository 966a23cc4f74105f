import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import { httpUrl } from "../../../utils/http-url"
import { StoreLeadContact } from "../leads/validators"

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullish()
const amount = z.number().finite()

function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/**
 * A financing simulation request. Shapes are checked here; ranges (cost > 0, down payment
 * below the cost, term 1-420, rate up to 20% a month) by the finance rules, which answer a
 * 400 with a code per rule. Rates are in percent; give exactly one of monthly or annual.
 */
export const StoreCreateFinancingSimulation = z
  .object({
    system_cost: amount,
    down_payment: amount.default(0),
    term_months: z.number().int(),
    interest_rate_monthly: z.number().finite().optional(),
    interest_rate_annual: z.number().finite().optional(),
    person_type: z.enum(["PF", "PJ"]).default("PF"),
    fees: z
      .record(z.string().trim().min(1).max(50), amount)
      .refine((fees) => Object.keys(fees).length <= 20, "at most 20 fees")
      .default({}),
    insurance_amount: amount.default(0),
    costs_financed: z.boolean().default(true),
    /** When the money is released (YYYY-MM-DD); defaults to today. Due dates follow it. */
    release_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "release_date must be a date such as 2026-03-10")
      .refine(isCalendarDay, "release_date is not a real calendar date")
      .optional(),
    bank: optionalText(200),
    product: optionalText(200),
    bank_url: httpUrl(2048).nullish(),
    quote_id: optionalText(100),
    solar_calculation_id: optionalText(100),
    solar_viability_analysis_id: optionalText(100),
    /** The linked analysis' resume token, when a guest links their own analysis. */
    solar_viability_analysis_token: optionalText(200),
    session_id: optionalText(200),
    /** The person's contact, when the calculator asks for it: creates or touches their lead. */
    contact: StoreLeadContact.optional(),
  })
  .strict()
  .refine(
    (body) => (body.interest_rate_monthly === undefined) !== (body.interest_rate_annual === undefined),
    { message: "give exactly one of interest_rate_monthly or interest_rate_annual (percent)", path: ["interest_rate_monthly"] }
  )

export type StoreCreateFinancingSimulation = z.infer<typeof StoreCreateFinancingSimulation>

export const StoreAcceptFinancingSimulation = z
  .object({ chosen_reason: optionalText(2000) })
  .strict()

export type StoreAcceptFinancingSimulation = z.infer<typeof StoreAcceptFinancingSimulation>

/**
 * The resume token goes in the `x-resume-token` header: a token in a URL ends up in access
 * logs, so the former `?resume_token=` is a 400 that says where to send it.
 */
export const StoreGetCalculationParams = createSelectParams().extend({
  // A custom issue, not z.never(): Medusa would echo the refused value (the token) back.
  resume_token: z
    .unknown()
    .refine((value) => value === undefined, "send the resume token in the x-resume-token header, not in the URL (URLs are logged)"),
})

export type StoreGetCalculationParams = z.infer<typeof StoreGetCalculationParams>

export const StoreListCalculationsParams = createListParams({ limit: 20, offset: 0 })

export type StoreListCalculationsParams = z.infer<typeof StoreListCalculationsParams>

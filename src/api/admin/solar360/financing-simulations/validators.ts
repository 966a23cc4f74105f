import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/list-params"
import { z } from "@medusajs/framework/zod"
import { ReportRangeParams } from "../analytics/helpers"
import {
  MAX_APPROVED_RATE_ANNUAL,
  MAX_APPROVED_TERM_MONTHS,
} from "../../../../lib/finance/credit-analysis"
import {
  FINANCING_PERSON_TYPES,
  FINANCING_SIMULATION_STATUSES,
} from "../../../../modules/solar360"
import { oneOrMany } from "../analytics/helpers"
import { dateRange } from "../leads/validators"

const text = () => z.string().trim().min(1).max(200)

export const AdminGetFinancingSimulationsParams = createListParams({ limit: 20, offset: 0 })
  .merge(
    z.object({
      status: oneOrMany(z.enum(FINANCING_SIMULATION_STATUSES)),
      bank: oneOrMany(text()),
      was_approved: booleanString().optional(),
      accepted_by_customer: booleanString().optional(),
      customer_id: oneOrMany(text()),
      person_type: oneOrMany(z.enum(FINANCING_PERSON_TYPES)),
      created_at: dateRange(),
    })
  )
  .strict()

export type AdminGetFinancingSimulationsParams = z.infer<typeof AdminGetFinancingSimulationsParams>

export const AdminGetFinancingSimulationParams = createSelectParams().strict()

/**
 * A move in the bank's credit analysis. Shapes and ranges here; which fields each move needs
 * (and whether the move is allowed from the current status) in lib/finance/credit-analysis.
 */
export const AdminRecordCreditAnalysis = z
  .object({
    status: z.enum(["analyzing", "approved", "rejected"]),
    submitted_to_bank: z.boolean().optional(),
    rejection_reason: z.string().trim().min(1).max(2000).optional(),
    approved_amount: z.number().positive().max(1_000_000_000).optional(),
    approved_term_months: z.number().int().min(1).max(MAX_APPROVED_TERM_MONTHS).optional(),
    /** Percent a year: 24 means 24% a year. */
    approved_rate_annual: z.number().min(0).max(MAX_APPROVED_RATE_ANNUAL).optional(),
    approved_monthly_payment: z.number().positive().optional(),
  })
  .strict()

export type AdminRecordCreditAnalysis = z.infer<typeof AdminRecordCreditAnalysis>

/** The funnel's calendar days (in `reportTimezone`): default the last 30, at most 366. */
export const AdminGetFinancingFunnelParams = ReportRangeParams.strict()

export type AdminGetFinancingFunnelParams = z.infer<typeof AdminGetFinancingFunnelParams>

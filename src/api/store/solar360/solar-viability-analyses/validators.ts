import { z } from "@medusajs/framework/zod"
import { CONNECTION_TYPES } from "../../../../lib/solar"
import { StoreLeadContact } from "../leads/validators"

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullish()
const optionalNumber = z.number().finite().nullish()

/**
 * A viability analysis request. Give the monthly consumption (kWh), the bill (R$) or both;
 * the tariff is derived as bill / consumption when both are given and it is not. Ranges
 * (consumption above the minimum bill, a known UF, positive tariff...) are checked by the
 * solar rules, which answer a 400 with a code per rule.
 */
export const StoreCreateSolarViabilityAnalysis = z
  .object({
    monthly_consumption_kwh: optionalNumber,
    monthly_bill_brl: optionalNumber,
    tariff_kwh_brl: optionalNumber,
    /** The distributor (concessionária), e.g. "ENEL SP". */
    utility_company: optionalText(120),
    state: z.string().trim().toUpperCase().pipe(z.string().min(2).max(2)),
    city: optionalText(120),
    /**
     * Minimum bill by connection (REN ANEEL 1.000 art. 291): `mono` 30 kWh, `bi` (two-phase,
     * 3 wires) 50 kWh, `bi_2_wires` 30 kWh, `tri` 100 kWh.
     */
    connection_type: z.enum(CONNECTION_TYPES).default("bi"),
    roof_area_m2: optionalNumber,
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    panel_wattage: optionalNumber,
    /** Lei 14.300 art. 26: connected before 2022-01-07 or requested by 2023-01-07. */
    grandfathered: z.boolean().default(false),
    /**
     * Expected grid connection (YYYY-MM-DD): the month billing starts in, so each month gets
     * its calendar year's Fio B share. Default: today + the `connection_lead_days` assumption
     * (60 days). From today to 730 days ahead (checked by the solar rules:
     * `solar_invalid_connection_date`).
     */
    expected_connection_date: z.iso.date().nullish(),
    /** A real quote's total (R$), when the store has one; else R$/Wp x size. */
    total_investment_brl: optionalNumber,
    quote_id: optionalText(100),
    solar_calculation_id: optionalText(100),
    session_id: optionalText(200),
    /**
     * The person's contact, when the calculator asks for it: creates or touches their lead
     * (the store capture's rules), with the analysis's bill, consumption, city and UF where the
     * contact leaves them out.
     */
    contact: StoreLeadContact.optional(),
  })
  .strict()

export type StoreCreateSolarViabilityAnalysis = z.infer<typeof StoreCreateSolarViabilityAnalysis>

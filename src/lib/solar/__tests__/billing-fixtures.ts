import type { BillingMonthInput } from "../billing"

/**
 * A hand-computable GD II month shared by the billing specs. Round numbers: tariff R$ 1.00/kWh,
 * TUSD Fio B R$ 0.28/kWh, simultaneity 0.3, a single-phase 30 kWh minimum, 400 kWh consumed
 * and 500 kWh generated a month.
 */
export const MONTH: BillingMonthInput = {
  month: 1,
  consumption_kwh: 400,
  generation_kwh: 500,
  minimum_kwh: 30,
  tariff_kwh_brl: 1,
  fio_b_tariff_kwh_brl: 0.28,
  fio_b_share: 0.15,
  regime: "gd2",
  simultaneity_factor: 0.3,
  credit_expiry_months: 60,
}

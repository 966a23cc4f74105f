import type { SolarViabilityInput } from "../viability"

/**
 * The typical São Paulo home the viability specs analyse: 400 kWh/month at R$ 0.95,
 * single-phase, 550 W modules, HSP 4.6 from the capital table; 7 modules, 3.85 kWp, about
 * 19.87 m2 of roof; score 80, NPV R$ 45,254.78, payback 29 months at the default cost.
 */
export const SP_HOME: SolarViabilityInput = {
  monthly_consumption_kwh: 400,
  tariff_kwh_brl: 0.95,
  state: "SP",
  city: "São Paulo",
  connection_type: "mono",
  start_year: 2026,
  panel_wattage: 550,
}

import { Modules } from "@medusajs/framework/utils"
import type Solar360ModuleService from "../../../src/modules/solar360/service"
import { createCustomerHeaders } from "../../helpers/auth"
import { createHttpContext, type RequestHeaders } from "../../helpers/http-context"
import { eventually } from "../../helpers/eventually"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"

const DAY_MS = 86_400_000

export function calculatorsOrdersSuite({ api, getContainer }: MedusaSuiteOptions): void {
  let store: RequestHeaders
  let solar360: Solar360ModuleService

  beforeEach(async () => {
    ;({ store, solar360 } = await createHttpContext(api, getContainer(), { store: true }))
  })

  const emitOrderPlaced = (id: string) =>
    getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id } })

  async function placeOrder(customer_id: string) {
    return (await getContainer()
      .resolve(Modules.ORDER)
      .createOrders({
        currency_code: "brl",
        email: "comprador@example.com",
        customer_id,
        items: [{ title: "Kit solar 3,3 kWp", product_id: "prod_kit", unit_price: 9_000, quantity: 1 }],
      } as any)) as unknown as { id: string }
  }

  async function acceptedSimulation(headers: Record<string, string>, analysis?: { id: string }) {
    const created = await api.post(
      "/store/solar360/financing-simulations",
      {
        system_cost: 9_000,
        term_months: 60,
        interest_rate_monthly: 1.49,
        ...(analysis ? { solar_viability_analysis_id: analysis.id } : {}),
      },
      { headers }
    )
    const { id } = created.data.financing_simulation
    await api.post(`/store/solar360/financing-simulations/${id}/accept`, { chosen_reason: "fits the budget" }, { headers })
    return id as string
  }

  it("links the order to the customer's latest accepted simulation and its analysis, once", async () => {
    const customer = await createCustomerHeaders(api, getContainer(), store)
    const analysis = await api.post(
      "/store/solar360/solar-viability-analyses",
      { monthly_consumption_kwh: 400, tariff_kwh_brl: 0.95, state: "SP" },
      { headers: customer.headers }
    )
    const older = await acceptedSimulation(customer.headers)
    const notAccepted = (
      await api.post(
        "/store/solar360/financing-simulations",
        { system_cost: 9_000, term_months: 36, interest_rate_monthly: 1.49 },
        { headers: customer.headers }
      )
    ).data.financing_simulation.id
    const latest = await acceptedSimulation(customer.headers, analysis.data.solar_viability_analysis)

    const order = await placeOrder(customer.customer_id)
    await emitOrderPlaced(order.id)

    await eventually(async () => {
      expect((await solar360.retrieveFinancingSimulation(latest)).order_id).toBe(order.id)
    })
    expect((await solar360.retrieveSolarViabilityAnalysis(analysis.data.solar_viability_analysis.id)).order_id).toBe(
      order.id
    )
    expect((await solar360.retrieveFinancingSimulation(older)).order_id).toBeNull()
    expect((await solar360.retrieveFinancingSimulation(notAccepted)).order_id).toBeNull()

    // A redelivery changes nothing: the order keeps exactly one simulation.
    await emitOrderPlaced(order.id)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const linked = await solar360.listFinancingSimulations({ order_id: order.id }, { select: ["id"] })
    expect(linked.map((s) => s.id)).toEqual([latest])
    expect((await solar360.retrieveFinancingSimulation(older)).order_id).toBeNull()
  })

  it("leaves alone simulations accepted before the window and other customers' simulations", async () => {
    const customer = await createCustomerHeaders(api, getContainer(), store)
    const other = await createCustomerHeaders(api, getContainer(), store, `vizinho-${Date.now()}@example.com`)
    const stale = await acceptedSimulation(customer.headers)
    await solar360.updateFinancingSimulations({ id: stale, accepted_at: new Date(Date.now() - 31 * DAY_MS) })
    const othersSimulation = await acceptedSimulation(other.headers)

    const order = await placeOrder(customer.customer_id)
    await emitOrderPlaced(order.id)
    // Proof the subscriber ran: the purchase event of the same order.placed is written.
    await eventually(async () => {
      const events = await solar360.listEvents({ order_id: order.id }, { select: ["id"] })
      expect(events).toHaveLength(1)
    })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect((await solar360.retrieveFinancingSimulation(stale)).order_id).toBeNull()
    expect((await solar360.retrieveFinancingSimulation(othersSimulation)).order_id).toBeNull()
  })
}

// Security rules that cut across resources (README "Security model"): list page caps, the
// Helio ingestion key, and identifiers kept out of URLs.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SOLAR360_MODULE } from "../../src/modules/solar360"
import type Solar360ModuleService from "../../src/modules/solar360/service"
import { MAX_LIST_LIMIT } from "../../src/api/utils/list-params"
import { createAdminHeaders, createCustomerHeaders, createStoreHeaders, responseOf } from "../helpers/auth"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let solar360: Solar360ModuleService

    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
      store = await createStoreHeaders(getContainer())
      solar360 = getContainer().resolve(SOLAR360_MODULE)
    })

    describe("list routes cap limit", () => {
      it.each([
        "/admin/leads",
        "/admin/events",
        "/admin/rag-queries",
        "/admin/helio/conversations",
        "/admin/financing-simulations",
        "/admin/solar360/privacy/audit",
      ])("%s: 400 above the cap, 200 at it", async (route) => {
        const above = await responseOf(api.get(`${route}?limit=${MAX_LIST_LIMIT + 1}`, admin))
        expect(above.status).toBe(400)
        expect(above.data.message).toMatch(/limit/)
        const at = await responseOf(api.get(`${route}?limit=${MAX_LIST_LIMIT}`, admin))
        expect(at.status).toBe(200)
        expect(at.data.limit).toBe(MAX_LIST_LIMIT)
      })

      it("caps the customer's own lists on the store too", async () => {
        const customer = await createCustomerHeaders(api, getContainer(), store)
        const above = await responseOf(
          api.get(`/store/customers/me/financing-simulations?limit=${MAX_LIST_LIMIT + 1}`, { headers: customer.headers })
        )
        expect(above.status).toBe(400)
        const fine = await responseOf(api.get(`/store/customers/me/solar-viability-analyses?limit=5`, { headers: customer.headers }))
        expect(fine.status).toBe(200)
      })
    })
  },
})

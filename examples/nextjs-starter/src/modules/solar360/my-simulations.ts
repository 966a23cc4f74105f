"use server"

// A logged-in customer's own simulations. The starter keeps the customer's token in an
// httpOnly cookie and sends it from server functions, so this runs on the server with a store
// client that carries the starter's auth headers on every call.
import { createStoreClient } from "medusa-plugin-solar360/client"
import { sdk } from "@lib/config"
import { getAuthHeaders } from "@lib/data/cookies"

export async function listMyFinancingSimulations(limit = 10) {
  const store = createStoreClient(sdk, { headers: await getAuthHeaders() })
  const { financing_simulations, count } = await store.financingSimulations.listMine({ limit })
  return { simulations: financing_simulations, count }
}

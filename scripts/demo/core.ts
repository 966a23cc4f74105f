// Medusa's own data for the demo, through Medusa's core workflows: a Brazil region in BRL, a
// sales channel (the marker of a seeded store), the solar catalog, customers and orders.
// Each order then goes through the plugin's order.placed workflows, as the subscribers would.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  attributeOrderToHelioConversationsWorkflow,
  convertLeadsFromOrderWorkflow,
  linkCalculatorsToOrderWorkflow,
  recordOrderConversionWorkflow,
} from "../../src/workflows"
import { DEMO_CITIES, DEMO_PRODUCTS, type DemoCity } from "./catalog"
import { DEMO_CONCURRENCY, mapLimit } from "./concurrency"
import type { DemoRandom } from "./random"

export const DEMO_SALES_CHANNEL = "Solar360 Demo Store"

export type DemoProductRef = { id: string; variant_id: string; handle: string; title: string; sku: string; price_brl: number; category: string; brand: string }
export type DemoCustomer = { id: string; email: string; first_name: string; last_name: string; phone: string; city: DemoCity; cpf: string }

export async function createStoreBasics(container: MedusaContainer) {
  const regionModule = container.resolve(Modules.REGION)
  const storeModule = container.resolve(Modules.STORE)
  const apiKeyModule = container.resolve(Modules.API_KEY)

  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  if (store && !store.supported_currencies?.some((currency) => currency.currency_code === "brl")) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          supported_currencies: [
            ...(store.supported_currencies ?? []).map((currency) => ({
              currency_code: currency.currency_code,
              is_default: false,
            })),
            { currency_code: "brl", is_default: true },
          ],
        },
      },
    })
  }

  let [region] = await regionModule.listRegions({ currency_code: "brl" })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: { regions: [{ name: "Brasil", currency_code: "brl", countries: ["br"], automatic_taxes: false }] },
    })
    region = result[0]
  }

  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: DEMO_SALES_CHANNEL, description: "Loja de demonstração do Solar360 (dados fictícios)" },
      ],
    },
  })
  const channel = channels[0]
  // The demo's marker: "complete" once everything is written (see seed-demo.ts).
  await container.resolve(Modules.SALES_CHANNEL).updateSalesChannels(channel.id, { metadata: { solar360_demo: { status: "seeding" } } })

  // The publishable key `npm run dev` prints, so the storefront sees the demo catalog.
  const keys = await apiKeyModule.listApiKeys({ type: "publishable" })
  for (const key of keys) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  }
  return { region_id: region.id, sales_channel_id: channel.id }
}

export async function createCatalog(container: MedusaContainer, salesChannelId: string): Promise<DemoProductRef[]> {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: DEMO_PRODUCTS.map((product) => ({
        title: product.title,
        handle: product.handle,
        subtitle: product.brand,
        description: `${product.title} (${product.spec}). Produto de demonstração do Solar360.`,
        status: "published" as const,
        options: [{ title: "Modelo", values: ["Padrão"] }],
        variants: [
          {
            title: "Padrão",
            sku: product.sku,
            options: { Modelo: "Padrão" },
            manage_inventory: false,
            prices: [{ amount: product.price_brl, currency_code: "brl" }],
          },
        ],
        sales_channels: [{ id: salesChannelId }],
        metadata: { category: product.category, brand: product.brand, solar360_demo: true },
      })),
    },
  })
  return result.map((product) => {
    const source = DEMO_PRODUCTS.find((candidate) => candidate.handle === product.handle)!
    return {
      id: product.id,
      variant_id: product.variants![0].id,
      handle: source.handle,
      title: source.title,
      sku: source.sku,
      price_brl: source.price_brl,
      category: source.category,
      brand: source.brand,
    }
  })
}

function brazilianMobile(random: DemoRandom, city: DemoCity): string {
  // Real DDDs of the demo's cities; a mobile number starts with 9.
  const ddd: Record<string, string> = { SP: "11", RJ: "21", MG: "31", PR: "41", RS: "51", SC: "48", GO: "62", DF: "61", MT: "65", BA: "71", PE: "81", CE: "85", RN: "84", PI: "86" }
  const area = city.city === "Campinas" ? "19" : city.city === "Ribeirão Preto" ? "16" : city.city === "Uberlândia" ? "34" : city.city === "Londrina" ? "43" : ddd[city.state]
  return `+55${area}9${random.int(1000, 9999)}${random.int(1000, 9999)}`
}

export function demoPerson(random: DemoRandom) {
  const sex = random.pick(["female", "male"] as const)
  const first_name = random.faker.person.firstName(sex)
  const last_name = random.faker.person.lastName()
  const city = random.pick(DEMO_CITIES)
  const email = random.faker.internet
    .email({ firstName: first_name, lastName: last_name, provider: random.pick(["gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "yahoo.com.br"]) })
    .toLowerCase()
  return { first_name, last_name, city, email, phone: brazilianMobile(random, city), cpf: random.cpf() }
}

export async function createCustomers(container: MedusaContainer, random: DemoRandom, count: number): Promise<DemoCustomer[]> {
  const people = Array.from({ length: count }, () => demoPerson(random))
  const { result } = await createCustomersWorkflow(container).run({
    input: {
      customersData: people.map((person) => ({
        first_name: person.first_name,
        last_name: person.last_name,
        email: person.email,
        phone: person.phone,
        has_account: false,
        metadata: { cpf: person.cpf, solar360_demo: true },
        addresses: [
          {
            first_name: person.first_name,
            last_name: person.last_name,
            address_1: `${random.faker.location.street()}, ${random.int(10, 2500)}`,
            city: person.city.city,
            province: person.city.state,
            postal_code: person.city.zip,
            country_code: "br",
            phone: person.phone,
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      })),
    },
  })
  return result.map((customer, index) => ({ ...people[index], id: customer.id }))
}

/**
 * Orders through Medusa's createOrderWorkflow (no cart or payment: the demo needs the order
 * and what brought it), then the plugin's order.placed workflows in the subscribers' order.
 */
export async function createOrders(
  container: MedusaContainer,
  random: DemoRandom,
  input: { region_id: string; sales_channel_id: string; customers: DemoCustomer[]; products: DemoProductRef[]; count: number }
): Promise<string[]> {
  // Every random draw first, in order; the orders are then written eight at a time.
  const planned = Array.from({ length: input.count }, (_, index) => {
    const customer = input.customers[index % input.customers.length]
    const kit = random.pick(input.products.filter((product) => product.category === "kit"))
    const line = (product: DemoProductRef, quantity: number) => ({ variant_id: product.variant_id, title: product.title, unit_price: product.price_brl, quantity })
    const items = [line(kit, 1)]
    if (random.chance(0.4)) {
      items.push(line(random.pick(input.products.filter((product) => product.category !== "kit")), random.int(1, 2)))
    }
    const address = {
      first_name: customer.first_name,
      last_name: customer.last_name,
      address_1: `${random.faker.location.street()}, ${random.int(10, 2500)}`,
      city: customer.city.city,
      province: customer.city.state,
      postal_code: customer.city.zip,
      country_code: "br",
      phone: customer.phone,
    }
    return { customer, items, address }
  })
  return mapLimit(planned, DEMO_CONCURRENCY, async ({ customer, items, address }) => {
    const { result } = await createOrderWorkflow(container).run({
      input: {
        region_id: input.region_id,
        sales_channel_id: input.sales_channel_id,
        customer_id: customer.id,
        email: customer.email,
        currency_code: "brl",
        items,
        shipping_address: address,
        billing_address: address,
        metadata: { solar360_demo: true },
      },
    })
    for (const workflow of [
      recordOrderConversionWorkflow,
      convertLeadsFromOrderWorkflow,
      linkCalculatorsToOrderWorkflow,
      attributeOrderToHelioConversationsWorkflow,
    ]) {
      await workflow(container).run({ input: { order_id: result.id } })
    }
    return result.id
  })
}

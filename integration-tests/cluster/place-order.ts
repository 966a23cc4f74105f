import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

// Run by the cluster spec with `medusa exec` as a `server` instance of the cluster: creates an
// order and emits order.placed on the Redis event bus, like a checkout on a web instance (which
// runs no subscriber: a worker must pick the event up). Prints the order id.
export default async function placeOrder({ container }: ExecArgs) {
  const order = (await container.resolve(Modules.ORDER).createOrders({
    currency_code: "brl",
    email: "comprador@example.com",
    items: [{ title: "Kit solar 5 kWp", product_id: "prod_cluster_kit", unit_price: 15990, quantity: 1 }],
  } as never)) as unknown as { id: string }
  await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
  console.log(`cluster-order-id=${order.id}`)
}

import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

const ADMIN_PASSWORD = "s3cret-for-tests"

/** Creates an admin user and returns request headers carrying its bearer token. */
export async function createAdminHeaders(
  api: Api,
  container: MedusaContainer,
  email = `admin-${Date.now()}@solar360.test`
) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email })
  const { authIdentity } = await authModule.register("emailpass", {
    body: { email, password: ADMIN_PASSWORD },
  } as any)
  await authModule.updateAuthIdentities({
    id: authIdentity!.id,
    app_metadata: { user_id: user.id },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password: ADMIN_PASSWORD })
  return { headers: { Authorization: `Bearer ${data.token}` } }
}

/** Creates a publishable API key and returns store request headers carrying it. */
export async function createStoreHeaders(container: MedusaContainer) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const key = await apiKeyModule.createApiKeys({
    title: "storefront under test",
    type: "publishable",
    created_by: "test",
  })
  return { headers: { "x-publishable-api-key": key.token } }
}

/**
 * Registers a customer through the store API and logs them in; returns their id and store
 * headers carrying both the publishable key and the customer's bearer token.
 */
export async function createCustomerHeaders(
  api: Api,
  container: MedusaContainer,
  store: { headers: Record<string, string> },
  email = `cliente-${Date.now()}@example.com`
) {
  const password = "senha-segura-123"
  const registration = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email },
    { headers: { ...store.headers, authorization: `Bearer ${registration.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email })
  return {
    customer_id: customer.id,
    headers: { ...store.headers, authorization: `Bearer ${login.data.token}` },
  }
}

/** Axios rejects non-2xx answers; tests about errors want the response itself. */
export function responseOf(promise: Promise<any>) {
  return promise.then(
    (response) => response,
    (error) => {
      if (!error.response) {
        throw error
      }
      return error.response
    }
  )
}

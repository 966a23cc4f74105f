// Run by scripts/dev.js through `medusa exec`: a demo admin user and a publishable key,
// created once and reused, then printed with a curl to try.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

const ADMIN_EMAIL = process.env.SOLAR360_DEMO_ADMIN_EMAIL || "admin@solar360.local"
const ADMIN_PASSWORD = process.env.SOLAR360_DEMO_ADMIN_PASSWORD || "solar360-demo"
const KEY_TITLE = "solar360 demo storefront"

export default async function seedDev({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const apiKeyModule = container.resolve(Modules.API_KEY)

  const [existingUser] = await userModule.listUsers({ email: ADMIN_EMAIL })
  if (!existingUser) {
    const user = await userModule.createUsers({ email: ADMIN_EMAIL })
    const { authIdentity, error } = await authModule.register("emailpass", {
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    } as any)
    if (error || !authIdentity) {
      throw new Error(`could not create the demo admin: ${error}`)
    }
    await authModule.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { user_id: user.id },
    })
  }

  let [key] = await apiKeyModule.listApiKeys({ title: KEY_TITLE, type: "publishable" })
  if (!key) {
    key = await apiKeyModule.createApiKeys({
      title: KEY_TITLE,
      type: "publishable",
      created_by: "solar360-dev",
    })
  }

  logger.info(
    [
      "",
      "solar360 demo ready:",
      `  admin dashboard  http://localhost:9000/app  (${ADMIN_EMAIL} / ${ADMIN_PASSWORD})`,
      `  publishable key  ${key.token}`,
      "  try a store route:",
      `  curl -H 'x-publishable-api-key: ${key.token}' http://localhost:9000/store/solar360/data-practices`,
      "",
    ].join("\n")
  )
}

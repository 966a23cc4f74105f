import Medusa from "@medusajs/js-sdk"

// Defined by Medusa's admin bundler: the backend the dashboard talks to.
declare const __BACKEND_URL__: string | undefined

export const sdk = new Medusa({
  baseUrl: typeof __BACKEND_URL__ === "string" && __BACKEND_URL__ ? __BACKEND_URL__ : "/",
  auth: { type: "session" },
})

import Medusa from "@medusajs/js-sdk"

// Defined by Medusa's admin bundler: the backend the dashboard talks to.
declare const __BACKEND_URL__: string | undefined

export const backendUrl =
  typeof __BACKEND_URL__ === "string" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"

export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: { type: "session" },
})

/** An absolute-or-root-relative URL of a backend path, for plain links such as downloads. */
export function backendPath(path: string) {
  return `${backendUrl.replace(/\/$/, "")}${path}`
}

/**
 * `medusa-plugin-solar360/client`: what a storefront imports. The tracker (batched, retried,
 * consent-aware analytics) runs in the browser; everything here takes the store's own Medusa
 * JS SDK instance, so the publishable key, auth and base URL follow Medusa's conventions.
 */
export * from "./tracker"

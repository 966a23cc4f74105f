/**
 * `medusa-plugin-solar360/client`: what a storefront imports. The tracker (batched, retried,
 * consent-aware analytics) runs in the browser; the store client has a typed method for every
 * store route. Both take the store's own Medusa JS SDK instance, so the publishable key, auth
 * and base URL follow Medusa's conventions.
 */
export * from "./tracker"
export {
  createStoreClient,
  invalidFields,
  isStoreError,
  type IdempotencyOption,
  type InvalidFields,
  type QueryOption,
  type ResumeTokenOption,
  type Solar360StoreClient,
  type StoreClientOptions,
  type StoreClientSdk,
  type StoreError,
  type StoreFetchInit,
  type StorePath,
  type StoreRequestBody,
  type StoreRequestQuery,
  type StoreResponse,
} from "./store-client"
export type { paths as Solar360OpenApiPaths } from "./openapi-types"

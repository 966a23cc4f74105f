import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from "@tanstack/react-query"
import { sdk } from "./sdk"

/**
 * Every query of the plugin's admin screens sits under this root key, so a mutation can
 * invalidate one resource (`["solar360", "/admin/solar360/leads"]` and all its lists and
 * details) or everything the plugin shows. The dashboard provides the QueryClient; these
 * hooks only use it.
 */
export const SOLAR360_QUERY_ROOT = "solar360"

export type QueryParams = Record<string, string | number | boolean | string[] | undefined | null>

export const solar360QueryKey = (path: string, query?: QueryParams) =>
  query ? ([SOLAR360_QUERY_ROOT, path, query] as const) : ([SOLAR360_QUERY_ROOT, path] as const)

/** Drops empty values so `?status=&q=` never reaches a strict validator as "". */
export function cleanQuery(query: QueryParams | undefined): Record<string, unknown> | undefined {
  if (!query) {
    return undefined
  }
  const cleaned: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") {
      continue
    }
    if (Array.isArray(value) && value.length === 0) {
      continue
    }
    cleaned[key] = value
  }
  return cleaned
}

/** A GET of one admin route through the admin's own session (Medusa's JS SDK). */
export function useSolar360Query<TResponse>(
  path: string,
  query?: QueryParams,
  options?: Omit<UseQueryOptions<TResponse, Error>, "queryKey" | "queryFn">
) {
  return useQuery<TResponse, Error>({
    queryKey: solar360QueryKey(path, query),
    queryFn: () => sdk.client.fetch<TResponse>(path, { query: cleanQuery(query) }),
    ...options,
  })
}

type MutationPath<TVariables> = string | ((variables: TVariables) => string)

/**
 * A POST/DELETE to one admin route. `invalidates` lists the route paths whose queries
 * are stale afterwards (each also invalidates its details and sub-resources).
 */
export function useSolar360Mutation<TVariables, TResponse = unknown>(
  path: MutationPath<TVariables>,
  {
    method = "POST",
    body = (variables) => variables as unknown as Record<string, unknown>,
    invalidates = [],
    ...options
  }: {
    method?: "POST" | "DELETE"
    body?: (variables: TVariables) => Record<string, unknown> | undefined
    invalidates?: string[]
  } & Omit<UseMutationOptions<TResponse, Error, TVariables>, "mutationFn"> = {}
) {
  const queryClient = useQueryClient()
  const onSuccess = options.onSuccess
  return useMutation<TResponse, Error, TVariables>({
    ...options,
    mutationFn: (variables) =>
      sdk.client.fetch<TResponse>(typeof path === "function" ? path(variables) : path, {
        method,
        body: method === "DELETE" ? undefined : body(variables),
      }),
    onSuccess: async (data, variables, context) => {
      await Promise.all(
        invalidates.map((prefix) =>
          queryClient.invalidateQueries({
            predicate: (query) =>
              query.queryKey[0] === SOLAR360_QUERY_ROOT &&
              typeof query.queryKey[1] === "string" &&
              query.queryKey[1].startsWith(prefix),
          })
        )
      )
      await onSuccess?.(data, variables, context)
    },
  })
}

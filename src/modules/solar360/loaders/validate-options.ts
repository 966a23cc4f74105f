import { LoaderOptions } from "@medusajs/framework/types"
import { parseSolar360Options } from "../options"

/** Fails boot with a message naming the bad option instead of misbehaving later. */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<Record<string, unknown>>): Promise<void> {
  parseSolar360Options(options)
}

import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

/** An address, a point, or both (the point is what a provider lookup needs). */
export const StorePhotogrammetryLookup = z
  .object({
    address: z.string().trim().min(3).max(500).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    /** The system size (kWp) the customer has in mind: picks the closest panel layout. */
    requested_kwp: z.number().positive().max(10_000).optional(),
  })
  .strict()
  .refine((body) => (body.latitude === undefined) === (body.longitude === undefined), {
    message: "latitude and longitude must be given together",
    path: ["latitude"],
  })
  .refine((body) => body.address !== undefined || body.latitude !== undefined, {
    message: "an address or coordinates (latitude and longitude) are required",
    path: ["address"],
  })

export type StorePhotogrammetryLookup = z.infer<typeof StorePhotogrammetryLookup>

export const StorePhotogrammetryLookupParams = createSelectParams()

export type StorePhotogrammetryLookupParams = z.infer<typeof StorePhotogrammetryLookupParams>

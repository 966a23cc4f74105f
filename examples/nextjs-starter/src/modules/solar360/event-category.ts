import type { StoreRequestBody } from "medusa-plugin-solar360/client"

/** The categories the events route accepts (an unknown one is rejected item by item). */
export type EventCategory = StoreRequestBody<"/store/solar360/events">["events"][number]["category"]

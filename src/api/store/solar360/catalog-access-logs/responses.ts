import { StoreIngestBatchResponse } from "../events/responses"

/** Answered per log exactly like POST /store/solar360/events. */
export const StoreIngestCatalogAccessLogsResponse = StoreIngestBatchResponse
export type StoreIngestCatalogAccessLogsResponse = StoreIngestBatchResponse

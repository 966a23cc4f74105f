/**
 * Google Solar API client (buildingInsights:findClosest), the one roof-analysis provider.
 * Answers "not configured" without an API key and "not found" on Google's 404 (no building
 * within its search radius); every other failure is a MedusaError with a stable code.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { PhotogrammetryErrorCode } from "../../../lib/photogrammetry"

export type GoogleSolarClientOptions = {
  baseUrl: string
  apiKey?: string | null
  requiredQuality: string
  timeoutMs: number
}

export type BuildingInsightsAnswer =
  | { status: "found"; insights: unknown }
  | { status: "not_found" }
  | { status: "not_configured" }

export class GoogleSolarClient {
  constructor(private readonly options: GoogleSolarClientOptions) {}

  get configured(): boolean {
    return Boolean(this.options.apiKey)
  }

  /** The building closest to the point (Google searches within about 50 m). */
  async findClosestBuilding(latitude: number, longitude: number): Promise<BuildingInsightsAnswer> {
    if (!this.options.apiKey) {
      return { status: "not_configured" }
    }
    const url = new URL("/v1/buildingInsights:findClosest", this.options.baseUrl)
    url.searchParams.set("location.latitude", String(latitude))
    url.searchParams.set("location.longitude", String(longitude))
    url.searchParams.set("requiredQuality", this.options.requiredQuality)
    url.searchParams.set("key", this.options.apiKey)

    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs)
    try {
      const response = await fetch(url, {
        headers: { accept: "application/json" },
        signal: controller.signal,
      })
      if (response.status === 404) {
        await response.body?.cancel()
        return { status: "not_found" }
      }
      if (!response.ok) {
        const detail = await response.text().catch(() => "")
        throw upstreamError(`Google Solar answered ${response.status}${summary(detail)}`)
      }
      try {
        return { status: "found", insights: await response.json() }
      } catch {
        throw upstreamError("Google Solar answered with a body that is not JSON")
      }
    } catch (error) {
      if (error instanceof MedusaError) {
        throw error
      }
      if (controller.signal.aborted) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Google Solar did not answer within ${this.options.timeoutMs} ms`,
          PhotogrammetryErrorCode.UPSTREAM_TIMEOUT
        )
      }
      // Network failures: never echo the URL, it carries the API key.
      throw upstreamError(`Google Solar could not be reached (${(error as Error)?.name ?? "error"})`)
    } finally {
      clearTimeout(timer)
    }
  }
}

function upstreamError(message: string) {
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message, PhotogrammetryErrorCode.UPSTREAM_ERROR)
}

/** Google's error body names the problem ({ error: { message } }); keep it short. */
function summary(body: string): string {
  try {
    const message = JSON.parse(body)?.error?.message
    return typeof message === "string" && message ? `: ${message.slice(0, 200)}` : ""
  } catch {
    return ""
  }
}

/**
 * Stable codes of the photogrammetry refusals and answers. Defined here because pure code
 * can't import the module; the module's Solar360ErrorCode table spreads them.
 */
export const PhotogrammetryErrorCode = {
  INVALID_COORDINATES: "photogrammetry_invalid_coordinates",
  INVALID_ADDRESS: "photogrammetry_invalid_address",
  QUALITY_TOO_LOW: "photogrammetry_quality_too_low",
  INVALID_RESPONSE: "photogrammetry_invalid_response",
  ROOF_NOT_FOUND: "solar360_roof_not_found",
  UNAVAILABLE: "solar360_photogrammetry_unavailable",
  UPSTREAM_ERROR: "solar360_upstream_error",
  UPSTREAM_TIMEOUT: "solar360_upstream_timeout",
  /** Too many upstream calls of this kind in flight (`upstreamConcurrency`): 503, retry later. */
  UPSTREAM_BUSY: "solar360_upstream_busy",
} as const

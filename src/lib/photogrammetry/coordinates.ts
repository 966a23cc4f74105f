import { createHash } from "crypto"
import { DomainError } from "../errors"
import { PhotogrammetryErrorCode } from "./errors"

/** 5 decimals of a degree is ~1.1 m: the same building, whatever the client's precision. */
export const COORDINATE_DECIMALS = 5

export function assertCoordinates(latitude: number, longitude: number): void {
  const valid =
    typeof latitude === "number" &&
    typeof longitude === "number" &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    latitude >= -90 &&
    latitude <= 90 &&
    longitude >= -180 &&
    longitude <= 180
  if (!valid) {
    throw new DomainError(
      PhotogrammetryErrorCode.INVALID_COORDINATES,
      "latitude must be within [-90, 90] and longitude within [-180, 180]"
    )
  }
}

function fixed(value: number): string {
  const text = value.toFixed(COORDINATE_DECIMALS)
  // -0.000001 rounds to "-0.00000": the same point as "0.00000".
  return /^-0\.0+$/.test(text) ? text.slice(1) : text
}

/** SHA-256 (hex) of "lat,lon" rounded to 5 decimals: the level-2 cache key. */
export function coordinatesHash(latitude: number, longitude: number): string {
  assertCoordinates(latitude, longitude)
  return createHash("sha256")
    .update(`${fixed(latitude)},${fixed(longitude)}`)
    .digest("hex")
}

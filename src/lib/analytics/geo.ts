// The visitor's location as a trusted proxy/CDN reports it in request headers (option
// `geoHeaders`). Read in the route so only these four values, never the request's headers
// (cookies, authorization), travel into the ingestion workflow. A malformed value is dropped:
// enrichment must never fail a batch.

export type GeoHeaderNames = { country?: string; region?: string; city?: string; timezone?: string }
export type Geo = { country: string | null; region: string | null; city: string | null; timezone: string | null }

const MAX_LENGTH = 100
// ISO 3166-1 alpha-2, plus Cloudflare's "XX" (unknown) and "T1" (Tor) which fit the same shape.
const COUNTRY = /^[A-Z][A-Z0-9]$/
const CONTROL = /[\u0000-\u001f\u007f]/

function clean(value: string | null): string | null {
  const trimmed = value?.trim()
  if (!trimmed || trimmed.length > MAX_LENGTH || CONTROL.test(trimmed)) {
    return null
  }
  return trimmed
}

function decoded(value: string | null): string | null {
  if (value === null) {
    return null
  }
  try {
    // Cloudflare and others percent-encode non-ASCII city names ("S%C3%A3o%20Paulo").
    return clean(decodeURIComponent(value))
  } catch {
    return null
  }
}

export function readGeoHeaders(
  headers: Record<string, string | string[] | undefined>,
  names: GeoHeaderNames
): Geo {
  const read = (name?: string) => {
    if (!name) {
      return null
    }
    const raw = headers[name.toLowerCase()]
    return (Array.isArray(raw) ? raw[0] : raw) ?? null
  }
  const country = clean(read(names.country))?.toUpperCase() ?? null
  return {
    country: country && COUNTRY.test(country) ? country : null,
    region: clean(read(names.region)),
    city: decoded(clean(read(names.city))),
    timezone: clean(read(names.timezone)),
  }
}

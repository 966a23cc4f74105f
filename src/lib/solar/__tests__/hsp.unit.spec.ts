import { SolarInputError } from "../errors"
import { BRAZILIAN_STATES, CAPITAL_HSP, REGIONAL_FALLBACK, resolveHsp } from "../hsp"
import { thrownCode } from "./thrown-code"

// Capital coordinates (approximate city centres) used only to check the documented
// nearest-capital fallbacks.
const CAPITAL_COORDINATES: Record<string, [number, number]> = {
  AM: [-3.119, -60.022], PA: [-1.456, -48.49], CE: [-3.732, -38.527], RN: [-5.795, -35.209],
  PI: [-5.089, -42.802], PE: [-8.048, -34.877], BA: [-12.971, -38.501], DF: [-15.794, -47.882],
  GO: [-16.686, -49.265], MT: [-15.601, -56.097], MG: [-19.917, -43.935], RJ: [-22.907, -43.173],
  SP: [-23.551, -46.633], PR: [-25.429, -49.271], SC: [-27.595, -48.548], RS: [-30.035, -51.218],
  AC: [-9.975, -67.825], RO: [-8.762, -63.9], RR: [2.82, -60.672], AP: [0.035, -51.07],
  TO: [-10.184, -48.333], MA: [-2.53, -44.303], PB: [-7.115, -34.861], AL: [-9.666, -35.735],
  SE: [-10.947, -37.073], ES: [-20.315, -40.312], MS: [-20.469, -54.62],
}

function distanceKm([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
  const rad = Math.PI / 180
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}

describe("HSP fallback table", () => {
  it.each([
    ["AM", 4.4, "Manaus"],
    ["PA", 4.7, "Belém"],
    ["CE", 5.6, "Fortaleza"],
    ["RN", 5.6, "Natal"],
    ["PI", 5.7, "Teresina"],
    ["PE", 5.3, "Recife"],
    ["BA", 5.2, "Salvador"],
    ["DF", 5.2, "Brasília"],
    ["GO", 5.3, "Goiânia"],
    ["MT", 5.2, "Cuiabá"],
    ["MG", 5.1, "Belo Horizonte"],
    ["RJ", 4.5, "Rio de Janeiro"],
    ["SP", 4.6, "São Paulo"],
    ["PR", 4.4, "Curitiba"],
    ["SC", 4.3, "Florianópolis"],
    ["RS", 4.4, "Porto Alegre"],
  ])("%s uses the reference value for its capital (%s h, %s)", (uf, hsp, city) => {
    expect(resolveHsp(uf)).toEqual({
      hsp,
      source: "capital_table",
      state: uf,
      reference_city: city,
      borrowed_from_state: null,
    })
  })

  it("covers all 27 federative units, 16 from the table and 11 by regional fallback", () => {
    expect(BRAZILIAN_STATES).toHaveLength(27)
    const sources = BRAZILIAN_STATES.map((uf) => resolveHsp(uf).source)
    expect(sources.filter((s) => s === "capital_table")).toHaveLength(16)
    expect(sources.filter((s) => s === "regional_fallback")).toHaveLength(11)
  })

  it.each([
    ["AC", 4.4, "AM"],
    ["RO", 4.4, "AM"],
    ["RR", 4.4, "AM"],
    ["AP", 4.7, "PA"],
    ["TO", 5.2, "DF"],
    ["MA", 5.7, "PI"],
    ["PB", 5.3, "PE"],
    ["AL", 5.3, "PE"],
    ["SE", 5.2, "BA"],
    ["ES", 5.1, "MG"],
    ["MS", 5.2, "MT"],
  ])("%s borrows %s h from %s and says it is a regional fallback", (uf, hsp, lender) => {
    const resolved = resolveHsp(uf)
    expect(resolved).toMatchObject({ hsp, source: "regional_fallback", borrowed_from_state: lender })
    expect(resolved.reference_city).toBe(CAPITAL_HSP[lender].city)
  })

  it("borrows from the nearest listed capital by great-circle distance", () => {
    const listed = Object.keys(CAPITAL_HSP)
    for (const [uf, fallback] of Object.entries(REGIONAL_FALLBACK)) {
      const nearest = listed.reduce((best, candidate) =>
        distanceKm(CAPITAL_COORDINATES[uf], CAPITAL_COORDINATES[candidate]) <
        distanceKm(CAPITAL_COORDINATES[uf], CAPITAL_COORDINATES[best])
          ? candidate
          : best
      )
      expect({ uf, lender: fallback.borrowed_from }).toEqual({ uf, lender: nearest })
    }
  })

  it("accepts lower case and surrounding spaces", () => {
    expect(resolveHsp(" sp ").hsp).toBe(4.6)
  })

  it("uses a provided HSP over the table (the seam for real irradiance data)", () => {
    expect(resolveHsp("SP", 4.93)).toMatchObject({ hsp: 4.93, source: "provided", reference_city: null })
  })

  it.each([["XX"], [""], ["São Paulo"], [null], [35]])("rejects the unknown state %p", (uf) => {
    expect(() => resolveHsp(uf)).toThrow(SolarInputError)
    expect(thrownCode(() => resolveHsp(uf))).toBe("solar_unknown_state")
  })

  it.each([[0], [-1], [13], [Number.NaN]])("rejects the provided HSP %p", (hsp) => {
    expect(thrownCode(() => resolveHsp("SP", hsp))).toBe("solar_invalid_hsp")
  })
})

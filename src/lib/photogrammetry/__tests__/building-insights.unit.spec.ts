import fixture from "../__fixtures__/building-insights-sao-paulo.json"
import { compassLabel, isQualityAtLeast, mapBuildingInsights } from "../building-insights"

const clone = () => JSON.parse(JSON.stringify(fixture))

describe("compassLabel", () => {
  it.each([
    [0, "N"],
    [22.4, "N"],
    [22.6, "NE"],
    [90, "E"],
    [135, "SE"],
    [182.6, "S"],
    [225, "SW"],
    [272.1, "W"],
    [315, "NW"],
    [359, "N"],
    [-10, "N"],
  ])("%p -> %s", (azimuth, label) => {
    expect(compassLabel(azimuth)).toBe(label)
  })
})

describe("mapBuildingInsights", () => {
  it("maps the roof, the largest segment and the largest configuration when no size is asked", () => {
    const mapped = mapBuildingInsights(fixture, { requiredQuality: "MEDIUM" })
    expect(mapped).toMatchObject({
      provider: "google_solar",
      total_roof_area_m2: 166.72,
      usable_area_m2: 87.92,
      orientation: "N",
      azimuth_degrees: 2.7,
      tilt_degrees: 18.4,
      max_panel_count: 45,
      panel_capacity_watts: 400,
      recommended_panel_count: 45,
      recommended_system_size_kwp: 18,
      annual_energy_dc_kwh: 25136,
      annual_energy_ac_kwh: 21365.6,
      dc_to_ac_derate: 0.85,
      requested_system_size_kwp: null,
      imagery_quality: "MEDIUM",
      imagery_date: "2023-07-14",
    })
    expect(mapped.roof_planes).toHaveLength(4)
    expect(mapped.roof_planes[1]).toMatchObject({ azimuth_degrees: 182.6, tilt_degrees: 18.9, area_m2: 58.77 })
    expect(mapped.panel_layout).toEqual(fixture.solarPotential.solarPanelConfigs.at(-1)!.roofSegmentSummaries)
  })

  it("recommends the configuration closest to the requested size, derated as asked", () => {
    // 5.2 kWp: 13 panels (5.2) beats 10 (4.0) and 16 (6.4).
    const mapped = mapBuildingInsights(fixture, { requiredQuality: "BASE", requestedKwp: 5.2, dcToAcDerate: 0.8 })
    expect(mapped.recommended_panel_count).toBe(13)
    expect(mapped.recommended_system_size_kwp).toBe(5.2)
    expect(mapped.annual_energy_dc_kwh).toBe(8216)
    expect(mapped.annual_energy_ac_kwh).toBe(6572.8)
    expect(mapped.dc_to_ac_derate).toBe(0.8)
    expect(mapped.requested_system_size_kwp).toBe(5.2)
    expect(mapped.panel_layout).toHaveLength(1)
  })

  it("refuses imagery below the required quality (HIGH > MEDIUM > LOW > BASE)", () => {
    expect(() => mapBuildingInsights(fixture, { requiredQuality: "HIGH" })).toThrow(
      expect.objectContaining({ code: "photogrammetry_quality_too_low" })
    )
    const low = { ...clone(), imageryQuality: "LOW" }
    expect(() => mapBuildingInsights(low, { requiredQuality: "MEDIUM" })).toThrow(
      expect.objectContaining({ code: "photogrammetry_quality_too_low" })
    )
    expect(mapBuildingInsights(low, { requiredQuality: "LOW" }).imagery_quality).toBe("LOW")
    const base = { ...clone(), imageryQuality: "BASE" }
    expect(() => mapBuildingInsights(base, { requiredQuality: "LOW" })).toThrow(
      expect.objectContaining({ code: "photogrammetry_quality_too_low" })
    )
  })

  it("refuses an answer that is not building insights", () => {
    expect(() => mapBuildingInsights(null, { requiredQuality: "BASE" })).toThrow(
      expect.objectContaining({ code: "photogrammetry_invalid_response" })
    )
    expect(() => mapBuildingInsights({ imageryQuality: "GREAT" }, { requiredQuality: "BASE" })).toThrow(
      expect.objectContaining({ code: "photogrammetry_invalid_response" })
    )
  })

  it("copes with a building without segments or configurations", () => {
    const bare = { imageryQuality: "HIGH", solarPotential: {} }
    expect(mapBuildingInsights(bare, { requiredQuality: "MEDIUM" })).toMatchObject({
      roof_planes: [],
      orientation: null,
      recommended_panel_count: null,
      annual_energy_ac_kwh: null,
      panel_layout: null,
      imagery_date: null,
    })
  })
})

describe("mapBuildingInsights: what each refusal says, and the derate's bounds", () => {
  const refusal = (json: unknown, options: Parameters<typeof mapBuildingInsights>[1]) => {
    try {
      mapBuildingInsights(json, options)
    } catch (error) {
      return (error as Error).message
    }
    return null
  }

  it.each([
    [null, "the building insights answer is not an object"],
    ["text", "the building insights answer is not an object"],
    [{ imageryQuality: "ULTRA" }, 'unknown imagery quality "ULTRA"'],
    [{ imageryQuality: 3 }, "unknown imagery quality 3"],
  ])("refuses %p", (json, message) => {
    expect(refusal(json, { requiredQuality: "LOW" })).toBe(message)
  })

  it("names the quality it got and the one required", () => {
    expect(refusal(fixture, { requiredQuality: "HIGH" })).toBe("imagery quality MEDIUM is below the required HIGH")
  })

  it("accepts a derate of exactly 1, refuses 0, above 1 and not a number", () => {
    expect(refusal(fixture, { requiredQuality: "MEDIUM", dcToAcDerate: 1 })).toBeNull()
    for (const dcToAcDerate of [0, 1.01, Number.NaN]) {
      expect(refusal(fixture, { requiredQuality: "MEDIUM", dcToAcDerate })).toBe("dcToAcDerate must be within (0, 1]")
    }
  })
})

describe("isQualityAtLeast", () => {
  it("is false for a quality Google does not name, whatever is required", () => {
    expect(isQualityAtLeast("GREAT", "BASE")).toBe(false)
    expect(isQualityAtLeast("", "BASE")).toBe(false)
    expect(isQualityAtLeast("BASE", "BASE")).toBe(true)
  })
})

describe("mapBuildingInsights: segments and configurations in any order, with fields missing", () => {
  const answer = (solarPotential: Record<string, unknown>) => ({ imageryQuality: "HIGH", solarPotential })
  const map = (solarPotential: Record<string, unknown>, requestedKwp?: number) =>
    mapBuildingInsights(answer(solarPotential), { requiredQuality: "BASE", requestedKwp })

  it("takes the orientation of the largest segment wherever it is listed, the first one on a tie", () => {
    const segments = [
      { azimuthDegrees: 90, pitchDegrees: 10, stats: { areaMeters2: 20 } },
      { azimuthDegrees: 180, pitchDegrees: 15, stats: { areaMeters2: 50 } },
      { azimuthDegrees: 270, pitchDegrees: 20, stats: { areaMeters2: 50 } },
    ]
    expect(map({ roofSegmentStats: segments })).toMatchObject({ orientation: "S", azimuth_degrees: 180, tilt_degrees: 15 })
  })

  it("maps a segment without stats, centre or a finite number to defaults instead of failing", () => {
    const segments = [
      { azimuthDegrees: Number.POSITIVE_INFINITY, pitchDegrees: Number.NaN },
      { azimuthDegrees: 10, pitchDegrees: 5, stats: { areaMeters2: 3, groundAreaMeters2: 2.5 }, center: { latitude: -23.5 } },
      { azimuthDegrees: 10, pitchDegrees: 5, center: { latitude: -23.5, longitude: Number.NaN } },
      { azimuthDegrees: 10, pitchDegrees: 5, center: { longitude: -46.6 } },
      {
        azimuthDegrees: 10,
        pitchDegrees: 5,
        center: { latitude: -23.5578733, longitude: -46.6615948 },
        planeHeightAtCenterMeters: 7.5,
      },
    ]
    const planes = map({ roofSegmentStats: segments }).roof_planes
    expect(planes[0]).toEqual({
      azimuth_degrees: 0,
      tilt_degrees: 0,
      area_m2: 0,
      ground_area_m2: null,
      center: null,
      plane_height_at_center_m: null,
    })
    expect(planes[1]).toMatchObject({ area_m2: 3, ground_area_m2: 2.5, center: null })
    expect(planes[2].center).toBeNull()
    expect(planes[3].center).toBeNull()
    expect(planes[4].center).toEqual({ latitude: -23.5578733, longitude: -46.6615948 })
    expect(planes[4].plane_height_at_center_m).toBe(7.5)
  })

  it("recommends the configuration with most panels wherever it is listed, the first one on a tie", () => {
    const configs = [
      { panelsCount: 10, yearlyEnergyDcKwh: 6000 },
      { panelsCount: 30, yearlyEnergyDcKwh: 18000 },
      { panelsCount: 30, yearlyEnergyDcKwh: 17000 },
      { panelsCount: 20, yearlyEnergyDcKwh: 12000 },
    ]
    expect(map({ panelCapacityWatts: 400, solarPanelConfigs: configs })).toMatchObject({
      recommended_panel_count: 30,
      recommended_system_size_kwp: 12,
      annual_energy_dc_kwh: 18000,
    })
  })

  it("keeps the first of two configurations equally far from the requested size", () => {
    // 5 kWp asked, 400 W panels: 10 panels (4 kWp) and 15 panels (6 kWp) are both 1 kWp away.
    const configs = [
      { panelsCount: 10, yearlyEnergyDcKwh: 6000 },
      { panelsCount: 15, yearlyEnergyDcKwh: 9000 },
    ]
    expect(map({ panelCapacityWatts: 400, solarPanelConfigs: configs }, 5)).toMatchObject({
      recommended_panel_count: 10,
      recommended_system_size_kwp: 4,
    })
  })

  it("leaves the size and energy unknown when the answer lacks the panel power, the configurations or the energy", () => {
    expect(map({ panelCapacityWatts: 400 })).toMatchObject({
      recommended_panel_count: null,
      recommended_system_size_kwp: null,
      annual_energy_dc_kwh: null,
    })
    expect(map({ solarPanelConfigs: [{ panelsCount: 12, yearlyEnergyDcKwh: 7000 }] })).toMatchObject({
      recommended_panel_count: 12,
      recommended_system_size_kwp: null,
      annual_energy_dc_kwh: 7000,
    })
    expect(map({ panelCapacityWatts: 400, solarPanelConfigs: [{ panelsCount: 12 }] })).toMatchObject({
      recommended_panel_count: 12,
      recommended_system_size_kwp: 4.8,
      annual_energy_dc_kwh: null,
      annual_energy_ac_kwh: null,
    })
  })
})

import { model } from "@medusajs/framework/utils"

export const PHOTOGRAMMETRY_INPUT_SOURCES = [
  "google_maps",
  "drone",
  "satellite",
  "user_upload",
] as const

export const PHOTOGRAMMETRY_MODEL_FORMATS = ["glb", "obj", "dae"] as const

export const PHOTOGRAMMETRY_STATUSES = [
  "pending",
  "processing",
  "completed",
  "failed",
] as const

/**
 * A roof analysis (photogrammetry or a provider such as Google Solar). Analyses are costly,
 * so they are reused through three cache levels: address hash, coordinates hash (5 decimals)
 * and geographic proximity.
 */
export const PhotogrammetryAnalysis = model
  .define("photogrammetry_analysis", {
    id: model.id({ prefix: "photo" }).primaryKey(),

    // Location
    address: model.text().nullable(),
    address_hash: model.text().nullable(),
    latitude: model.bigNumber().nullable(),
    longitude: model.bigNumber().nullable(),
    coordinates_hash: model.text().nullable(),

    // Normalised address
    street: model.text().nullable(),
    number: model.text().nullable(),
    city: model.text().nullable(),
    state: model.text().nullable(),
    zip_code: model.text().nullable(),

    // Input
    input_images: model.json().nullable(),
    input_images_count: model.number().default(0),
    input_source: model.enum([...PHOTOGRAMMETRY_INPUT_SOURCES]).nullable(),

    // Roof analysis
    total_roof_area_m2: model.bigNumber().nullable(),
    usable_area_m2: model.bigNumber().nullable(),
    roof_shape: model.text().nullable(),
    roof_planes: model.json().nullable(),
    orientation: model.text().nullable(),
    azimuth_degrees: model.bigNumber().nullable(),
    tilt_degrees: model.bigNumber().nullable(),

    // Shading
    shading_analysis: model.json().nullable(),
    annual_shade_percentage: model.bigNumber().nullable(),
    obstacles: model.json().nullable(),

    // 3D
    model_3d_url: model.text().nullable(),
    model_3d_format: model.enum([...PHOTOGRAMMETRY_MODEL_FORMATS]).nullable(),
    point_cloud_url: model.text().nullable(),

    // Recommendations
    recommended_panel_count: model.number().nullable(),
    panel_layout: model.json().nullable(),
    recommended_system_size_kwp: model.bigNumber().nullable(),
    installation_complexity: model.text().nullable(),

    // Processing
    provider: model.text().nullable(),
    status: model.enum([...PHOTOGRAMMETRY_STATUSES]).default("pending"),
    processing_started_at: model.dateTime().nullable(),
    processing_completed_at: model.dateTime().nullable(),
    processing_time_ms: model.number().nullable(),
    cost_usd: model.bigNumber().nullable(),
    api_calls_count: model.number().default(0),
    error_message: model.text().nullable(),

    // Provider details (Google Solar buildingInsights)
    imagery_quality: model.text().nullable(),
    imagery_date: model.text().nullable(),
    max_panel_count: model.number().nullable(),
    panel_capacity_watts: model.number().nullable(),
    annual_energy_dc_kwh: model.bigNumber().nullable(),
    annual_energy_ac_kwh: model.bigNumber().nullable(),
    dc_to_ac_derate: model.float().nullable(),
    requested_system_size_kwp: model.bigNumber().nullable(),

    // Quality
    confidence_score: model.bigNumber().nullable(),
    quality_score: model.bigNumber().nullable(),
    quality_flags: model.json().nullable(),

    // Cache
    cache_hit: model.boolean().default(false),
    cache_source_id: model.text().nullable(),
    times_reused: model.number().default(0),
    // On a reuse record: which lookup level matched ("address", "coordinates", "proximity").
    cache_level: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    // On a `processing` row (a provider call in flight): after this, the claim is abandoned and
    // another lookup may take it over (a crashed instance blocks a point only that long).
    lease_expires_at: model.dateTime().nullable(),
    cache_ttl_days: model.number().default(90),

    // Relationships
    customer_id: model.text().nullable(),
    quote_id: model.text().nullable(),
    solar_calculation_id: model.text().nullable(),
    order_id: model.text().nullable(),
  })
  // `where: null` = a full index: data-subject requests and retention reach soft-deleted rows too.
  .indexes([
    { on: ["address_hash"] },
    { on: ["coordinates_hash"] },
    { on: ["latitude", "longitude"] },
    { on: ["status"] },
    { on: ["expires_at"] },
    { on: ["cache_source_id"] },
    { name: "IDX_photogrammetry_analysis_customer_id_all", on: ["customer_id"], where: null },
    { on: ["quote_id"] },
    { on: ["solar_calculation_id"] },
    { on: ["order_id"] },
    // Full (soft-deleted rows too): the data-health page counts rows written per day and the
    // retention deletes soft-deleted rows as well.
    { name: "IDX_photogrammetry_analysis_created_at_all", on: ["created_at"], where: null },
  ])

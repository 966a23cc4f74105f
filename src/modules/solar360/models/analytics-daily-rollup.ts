import { model } from "@medusajs/framework/utils"

/**
 * Internal: one pre-computed daily figure of an analytics report, kept by the hourly job
 * `solar360-roll-up-analytics`. `day` is a calendar day in the `reportTimezone` option;
 * `report` is an analytics report ("overview", "catalog", "attribution", "funnel"), or
 * "data_health" for the data-health page's rows written per day and table
 * (repositories/data-health.ts); `dimension` and `key` name the figure (e.g. dimension "path",
 * key "/produtos"; totals use dimension "total"). A day's rows are
 * replaced as a whole, and a "_complete" marker row says the day may be read from here.
 */
export const AnalyticsDailyRollup = model
  .define("analytics_daily_rollup", {
    id: model.id({ prefix: "adr" }).primaryKey(),
    // "YYYY-MM-DD"
    day: model.text(),
    report: model.text(),
    dimension: model.text(),
    key: model.text(),
    value: model.number(),
  })
  .indexes([
    {
      name: "IDX_analytics_daily_rollup_unique",
      on: ["day", "report", "dimension", "key"],
      unique: true,
    },
    // The marker rows alone: which days are stored, and when the last run began.
    {
      name: "IDX_analytics_daily_rollup_marker",
      on: ["report", "day"],
      where: "dimension = '_complete' AND deleted_at IS NULL",
    },
    // The data-health page's rows written today and oldest row, without reading the whole table.
    { name: "IDX_analytics_daily_rollup_created_at_all", on: ["created_at"], where: null },
  ])

import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js"

// Only the parts the dashboards draw are registered, so the bundle carries only those
// (chart.js is tree-shakeable this way).
ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Filler, Tooltip, Legend)

/** Series colours: readable on the admin's light and dark themes; a comparison is drawn grey. */
export const SERIES_COLORS = ["#3b82f6", "#10b981", "#f59e0b", "#8b5cf6", "#ef4444", "#06b6d4", "#84cc16", "#ec4899"]
export const COMPARISON_COLOR = "#9ca3af"

export type ValueFormat = "integer" | "decimal" | "currency" | "usd" | "percent" | "bytes"

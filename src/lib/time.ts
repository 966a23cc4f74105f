/** Milliseconds in a day (UTC days: no daylight saving in these computations). */
export const DAY_MS = 24 * 60 * 60 * 1000

import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { stringify } from "csv-stringify/sync"
import type { WeeklyDigest } from "../../modules/solar360"
import { loadDataHealthStep } from "./steps/load-data-health"
import { loadWeeklyDigestStep } from "./steps/load-weekly-digest"

/** The admin notification feed's title for every data-health alert. */
export const DATA_HEALTH_NOTIFICATION_TITLE = "Solar360 data health"

/**
 * Checks the `dataHealth` thresholds for yesterday and sends each alert to the admin's
 * notification feed (Medusa's notification module, `feed` channel, the admin's `admin-ui`
 * template). Each alert's key (table or subject and day) is the notification's idempotency
 * key, so the hourly job notifies each alert once, on every instance.
 */
export const checkDataHealthWorkflow = createWorkflow("check-data-health", (input: { now?: Date }) => {
  const report = loadDataHealthStep(input)
  const notifications = transform({ report }, ({ report }) =>
    report.thresholds.notify
      ? report.alerts.map((alert) => ({
          to: "",
          channel: "feed",
          template: "admin-ui",
          idempotency_key: `solar360-data-health:${alert.key}`,
          data: { title: DATA_HEALTH_NOTIFICATION_TITLE, description: alert.message },
        }))
      : []
  )
  sendNotificationsStep(notifications)
  return new WorkflowResponse(
    transform({ report }, ({ report }) => ({ day: report.day, alerts: report.alerts, notified: report.thresholds.notify }))
  )
})

/** The notification template of the weekly digest e-mail (the store's provider renders it). */
export const WEEKLY_DIGEST_TEMPLATE = "solar360-weekly-digest"

/** The digest as CSV: one row per figure, the week and the week before, and the change. */
export function digestCsv(digest: WeeklyDigest): string {
  return stringify(
    digest.rows.map((row) => [row.metric, row.current, row.previous, row.change === null ? "" : row.change]),
    { header: true, columns: ["metric", `week_${digest.week.from}`, `week_${digest.previous_week.from}`, "change"], bom: true }
  )
}

/**
 * Sends the weekly digest (the last full week, or the week of `week`) to the
 * `dataHealth.digestRecipients`, one e-mail each through the store's notification provider for
 * the `email` channel (template `solar360-weekly-digest`, data: the week, the figures and the
 * CSV). The week and address are the idempotency key: a rerun sends nothing twice. No
 * recipients: nothing is sent.
 */
export const sendWeeklyDigestWorkflow = createWorkflow("send-weekly-digest", (input: { week?: string; now?: Date }) => {
  const { digest, recipients } = loadWeeklyDigestStep(input)
  const notifications = transform({ digest, recipients }, ({ digest, recipients }) => {
    const csv = digestCsv(digest)
    return recipients.map((to) => ({
      to,
      channel: "email",
      template: WEEKLY_DIGEST_TEMPLATE,
      idempotency_key: `solar360-weekly-digest:${digest.week.from}:${to}`,
      data: { week: digest.week, previous_week: digest.previous_week, time_zone: digest.time_zone, rows: digest.rows, csv },
    }))
  })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(transform({ digest, recipients }, ({ digest, recipients }) => ({ week: digest.week, sent_to: recipients })))
})

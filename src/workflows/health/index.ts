import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDataHealthStep } from "./steps/load-data-health"

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

import { Button, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/**
 * The loading, error and empty states every Solar360 view shows the same way. Renders
 * `children` only once there is data to show.
 */
export function QueryState({
  isLoading,
  error,
  isEmpty,
  emptyText,
  onRetry,
  children,
}: {
  isLoading: boolean
  error: Error | null
  isEmpty?: boolean
  emptyText?: string
  onRetry?: () => void
  children: ReactNode
}) {
  const { t } = useTranslation("solar360")
  if (isLoading) {
    return (
      <div className="px-6 py-4" role="status">
        <Text className="text-ui-fg-subtle" size="small">{t("common.loading")}</Text>
      </div>
    )
  }
  if (error) {
    return (
      <div className="flex items-center gap-x-3 px-6 py-4" role="alert">
        <Text className="text-ui-fg-error" size="small">{t("common.error", { message: error.message })}</Text>
        {onRetry && (
          <Button size="small" variant="secondary" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </div>
    )
  }
  if (isEmpty) {
    return (
      <div className="px-6 py-4">
        <Text className="text-ui-fg-subtle" size="small">{emptyText ?? t("common.empty")}</Text>
      </div>
    )
  }
  return <>{children}</>
}

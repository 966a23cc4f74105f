import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const STATUS_COLOR = { pending: "grey", analyzing: "blue", approved: "green", rejected: "red" } as const

/** A simulation's credit-analysis status. */
export const SimulationStatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation("solar360")
  return (
    <Badge size="2xsmall" color={STATUS_COLOR[status as keyof typeof STATUS_COLOR] ?? "grey"} data-testid="simulation-status">
      {t(`calculators.status.${status}`, { defaultValue: status })}
    </Badge>
  )
}

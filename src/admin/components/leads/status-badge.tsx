import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const STATUS_COLOR: Record<string, "grey" | "blue" | "orange" | "purple" | "green" | "red"> = {
  new: "grey",
  contacted: "blue",
  qualified: "blue",
  proposal: "orange",
  negotiation: "purple",
  converted: "green",
  lost: "red",
}

export function LeadStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("solar360")
  return (
    <Badge color={STATUS_COLOR[status] ?? "grey"} size="2xsmall">
      {t(`leads.status.${status}`, { defaultValue: status })}
    </Badge>
  )
}

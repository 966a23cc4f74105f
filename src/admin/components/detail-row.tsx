import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One label and value of a detail page's fields (the layout Medusa's own detail pages use). */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-3 px-6 py-3">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <Text size="small" leading="compact" className="break-words">
        {children}
      </Text>
    </div>
  )
}

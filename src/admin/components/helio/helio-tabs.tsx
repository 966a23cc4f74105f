import { Tabs } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

const TABS = [
  { key: "dashboard", path: "/solar360/helio" },
  { key: "conversations", path: "/solar360/helio/conversations" },
  { key: "review", path: "/solar360/helio/review" },
] as const

/** The three Helio pages as tabs: each is its own route (bookmarkable), the tabs only link them. */
export const HelioTabs = ({ current }: { current: (typeof TABS)[number]["key"] }) => {
  const { t } = useTranslation("solar360")
  const navigate = useNavigate()
  return (
    <Tabs value={current} onValueChange={(value) => navigate(TABS.find((tab) => tab.key === value)!.path)}>
      <Tabs.List className="px-6 py-2">
        {TABS.map((tab) => (
          <Tabs.Trigger key={tab.key} value={tab.key} data-testid={`helio-tab-${tab.key}`}>
            {t(`helio.tabs.${tab.key}`)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}

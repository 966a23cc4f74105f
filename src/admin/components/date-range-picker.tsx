import { Input, Label, Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { DateRangeState } from "../hooks/use-date-range"
import { COMPARISONS, DATE_RANGE_PRESETS, isIsoDay, type Comparison, type DateRangePreset } from "../lib/date-range"

/**
 * The range picker every dashboard shares: presets (today, 7, 30, 90 days, 12 months, custom
 * days) and what to compare with (nothing, the previous period, the same days a year earlier).
 * Pass `withComparison={false}` where a page has no comparison.
 */
export const DateRangePicker = ({ state, withComparison = true }: { state: DateRangeState; withComparison?: boolean }) => {
  const { t } = useTranslation("solar360")
  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="date-range-picker">
      <div className="flex flex-col gap-1">
        <Label size="xsmall" htmlFor="solar360-range">
          {t("dateRange.label")}
        </Label>
        <Select value={state.preset} onValueChange={(value) => state.setPreset(value as DateRangePreset)}>
          <Select.Trigger id="solar360-range" className="w-[180px]" aria-label={t("dateRange.label")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {DATE_RANGE_PRESETS.map((preset) => (
              <Select.Item key={preset} value={preset}>
                {t(`dateRange.presets.${preset}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {state.preset === "custom" ? (
        <>
          <div className="flex flex-col gap-1">
            <Label size="xsmall" htmlFor="solar360-range-from">
              {t("dateRange.from")}
            </Label>
            <Input
              id="solar360-range-from"
              type="date"
              size="small"
              value={state.range.from}
              max={state.range.to}
              onChange={(event) => isIsoDay(event.target.value) && state.setCustom({ from: event.target.value, to: state.range.to })}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label size="xsmall" htmlFor="solar360-range-to">
              {t("dateRange.to")}
            </Label>
            <Input
              id="solar360-range-to"
              type="date"
              size="small"
              value={state.range.to}
              min={state.range.from}
              onChange={(event) => isIsoDay(event.target.value) && state.setCustom({ from: state.range.from, to: event.target.value })}
            />
          </div>
        </>
      ) : null}
      {withComparison ? (
        <div className="flex flex-col gap-1">
          <Label size="xsmall" htmlFor="solar360-compare">
            {t("dateRange.compare")}
          </Label>
          <Select value={state.comparison} onValueChange={(value) => state.setComparison(value as Comparison)}>
            <Select.Trigger id="solar360-compare" className="w-[200px]" aria-label={t("dateRange.compare")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {COMPARISONS.map((comparison) => (
                <Select.Item key={comparison} value={comparison}>
                  {t(`dateRange.comparisons.${comparison}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      ) : null}
    </div>
  )
}

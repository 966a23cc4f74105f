import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { sdk } from "../../../lib/sdk"

type Range = { from: string; to: string; days: number; time_zone: string }

type Overview = {
  range: Range
  totals: { page_views: number; unique_visitors: number; sessions: number; events: number }
  bounce: { sessions_with_page_view: number; bounced_sessions: number; bounce_rate: number }
  top_pages: Array<{ path: string; page_views: number }>
  top_referrers: Array<{ referrer: string; page_views: number }>
  utm: { source: Array<{ value: string; sessions: number }> }
  devices: Array<{ device_type: string; visitors: number }>
  browsers: Array<{ browser: string; visitors: number }>
}

type Funnel = {
  range: Range
  steps: Array<{
    step: number
    name: string
    sessions: number
    conversion_from_previous: number
    conversion_from_start: number
  }>
  overall_conversion: number
}

const DEFAULT_STEPS = "page_view,add_to_cart,checkout,purchase"

const number = (value: number) => value.toLocaleString("pt-BR")
const percent = (value: number) =>
  value.toLocaleString("pt-BR", { style: "percent", maximumFractionDigits: 1 })

/** A small two-column table: label and figure. */
const Ranking = ({ title, rows }: { title: string; rows: Array<[string, number]> }) => (
  <div className="flex-1 min-w-[240px]">
    <Text weight="plus" size="small" className="px-6 pt-4">
      {title}
    </Text>
    <Table>
      <Table.Body>
        {rows.length === 0 && (
          <Table.Row>
            <Table.Cell className="text-ui-fg-subtle">No data</Table.Cell>
          </Table.Row>
        )}
        {rows.map(([label, value]) => (
          <Table.Row key={label}>
            <Table.Cell className="max-w-[240px] truncate">{label}</Table.Cell>
            <Table.Cell className="text-right">{number(value)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)

/** Traffic overview and a session funnel for a range of days; bots excluded. */
const AnalyticsPage = () => {
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [steps, setSteps] = useState(DEFAULT_STEPS)
  const [overview, setOverview] = useState<Overview | null>(null)
  const [funnel, setFunnel] = useState<Funnel | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    const range: Record<string, string> = {}
    if (from) {
      range.from = from
    }
    if (to) {
      range.to = to
    }
    Promise.all([
      sdk.client.fetch<Overview>("/admin/solar360/analytics/overview", { query: range }),
      sdk.client.fetch<Funnel>("/admin/solar360/analytics/funnel", { query: { ...range, steps } }),
    ])
      .then(([overviewBody, funnelBody]) => {
        setOverview(overviewBody)
        setFunnel(funnelBody)
        setError(null)
      })
      .catch((e: Error) => setError(e.message))
  }, [from, to, steps])

  // First load with the defaults (the last 30 days); later loads on demand (the button),
  // not on every keystroke in the inputs.
  const [loadedOnce, setLoadedOnce] = useState(false)
  useEffect(() => {
    if (!loadedOnce) {
      setLoadedOnce(true)
      load()
    }
  }, [loadedOnce, load])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Analytics</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {overview
            ? `${overview.range.from} to ${overview.range.to} (${overview.range.time_zone}), bots excluded`
            : "Last 30 days, bots excluded"}
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2 px-6 py-4">
        <div>
          <Label size="small">From</Label>
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <Label size="small">To</Label>
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div className="min-w-[320px] flex-1">
          <Label size="small">Funnel steps (event names, comma-separated)</Label>
          <Input value={steps} onChange={(e) => setSteps(e.target.value)} />
        </div>
        <Button size="small" variant="secondary" onClick={load}>
          Update
        </Button>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">Could not load the reports: {error}</Text>}
      {overview && (
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-5">
          {[
            ["Page views", number(overview.totals.page_views)],
            ["Unique visitors (daily)", number(overview.totals.unique_visitors)],
            ["Sessions", number(overview.totals.sessions)],
            ["Bounce proxy", percent(overview.bounce.bounce_rate)],
            ["Events", number(overview.totals.events)],
          ].map(([label, value]) => (
            <div key={label}>
              <Text size="small" className="text-ui-fg-subtle">
                {label}
              </Text>
              <Heading level="h2">{value}</Heading>
            </div>
          ))}
        </div>
      )}
      {overview && (
        <div className="flex flex-wrap">
          <Ranking title="Top pages" rows={overview.top_pages.map((r) => [r.path, r.page_views])} />
          <Ranking title="Top referrers" rows={overview.top_referrers.map((r) => [r.referrer, r.page_views])} />
          <Ranking title="UTM sources (sessions)" rows={overview.utm.source.map((r) => [r.value, r.sessions])} />
          <Ranking title="Devices (visitors)" rows={overview.devices.map((r) => [r.device_type, r.visitors])} />
          <Ranking title="Browsers (visitors)" rows={overview.browsers.map((r) => [r.browser, r.visitors])} />
        </div>
      )}
      {funnel && (
        <div className="py-4">
          <Text weight="plus" size="small" className="px-6">
            Funnel: {percent(funnel.overall_conversion)} of sessions went through every step
          </Text>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Step</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Sessions</Table.HeaderCell>
                <Table.HeaderCell className="text-right">From previous</Table.HeaderCell>
                <Table.HeaderCell className="text-right">From start</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {funnel.steps.map((step) => (
                <Table.Row key={step.step}>
                  <Table.Cell>
                    {step.step}. {step.name}
                  </Table.Cell>
                  <Table.Cell className="text-right">{number(step.sessions)}</Table.Cell>
                  <Table.Cell className="text-right">{percent(step.conversion_from_previous)}</Table.Cell>
                  <Table.Cell className="text-right">{percent(step.conversion_from_start)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Analytics",
})

export default AnalyticsPage

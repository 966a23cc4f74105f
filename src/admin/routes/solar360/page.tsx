import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { sdk } from "../../lib/sdk"

type EntityStats = { entity: string; count: number; latest_created_at: string | null }

const LABELS: Record<string, string> = {
  lead: "Leads",
  event: "Analytics events",
  rag_query: "Helio RAG queries",
  helio_conversation: "Helio conversations",
  photogrammetry_analysis: "Roof analyses",
  financing_simulation: "Financing simulations",
  solar_viability_analysis: "Viability analyses",
  catalog_access_log: "Catalog access logs",
  pvlib_cache: "pvlib cache",
  aneel_cache: "ANEEL cache",
}

/** Overview of the plugin's data sets: how much each holds and how fresh it is. */
const Solar360OverviewPage = () => {
  const [stats, setStats] = useState<EntityStats[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    sdk.client
      .fetch<{ stats: EntityStats[] }>("/admin/solar360/stats")
      .then((body) => setStats(body.stats))
      .catch((e: Error) => setError(e.message))
  }, [])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Solar360 data</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          Records kept by medusa-plugin-solar360, per data set.
        </Text>
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error">Could not load the figures: {error}</Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Data set</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Records</Table.HeaderCell>
            <Table.HeaderCell>Latest</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(stats ?? []).map((row) => (
            <Table.Row key={row.entity}>
              <Table.Cell>{LABELS[row.entity] ?? row.entity}</Table.Cell>
              <Table.Cell className="text-right">{row.count.toLocaleString("pt-BR")}</Table.Cell>
              <Table.Cell>
                {row.latest_created_at
                  ? new Date(row.latest_created_at).toLocaleString("pt-BR")
                  : "—"}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Solar360",
  icon: ChartBar,
})

export default Solar360OverviewPage

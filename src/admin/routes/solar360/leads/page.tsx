import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { backendPath, sdk } from "../../../lib/sdk"
import { safeHref } from "../../../lib/safe-href"

type Lead = {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  interest_type: string
  status: string
  score: number
  is_qualified: boolean
  utm_campaign: string | null
  created_at: string
}

const STATUSES = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "lost"]
const PAGE_SIZE = 20

const STATUS_COLOR: Record<string, "grey" | "blue" | "orange" | "purple" | "green" | "red"> = {
  new: "grey",
  contacted: "blue",
  qualified: "blue",
  proposal: "orange",
  negotiation: "purple",
  converted: "green",
  lost: "red",
}

/** The lead list for the sales team: search, filter by status, page, export to CSV. */
const LeadsPage = () => {
  const [leads, setLeads] = useState<Lead[]>([])
  const [count, setCount] = useState(0)
  const [offset, setOffset] = useState(0)
  const [status, setStatus] = useState<string>("all")
  const [q, setQ] = useState("")
  const [error, setError] = useState<string | null>(null)

  const query = useMemo(() => {
    const params: Record<string, string | number> = { limit: PAGE_SIZE, offset, order: "-created_at" }
    if (status !== "all") {
      params.status = status
    }
    if (q.trim()) {
      params.q = q.trim()
    }
    return params
  }, [offset, status, q])

  useEffect(() => {
    sdk.client
      .fetch<{ leads: Lead[]; count: number }>("/admin/solar360/leads", { query })
      .then((body) => {
        setLeads(body.leads)
        setCount(body.count)
        setError(null)
      })
      .catch((e: Error) => setError(e.message))
  }, [query])

  const exportUrl = useMemo(() => {
    const params = new URLSearchParams()
    if (status !== "all") {
      params.set("status", status)
    }
    if (q.trim()) {
      params.set("q", q.trim())
    }
    return backendPath(`/admin/solar360/leads/export?${params.toString()}`)
  }, [status, q])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Leads</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {count.toLocaleString("pt-BR")} leads
          </Text>
        </div>
        <a href={safeHref(exportUrl)}>
          <Button variant="secondary" size="small">
            Export CSV
          </Button>
        </a>
      </div>
      <div className="flex gap-x-2 px-6 py-4">
        <Input
          placeholder="Search name, e-mail, phone, company"
          value={q}
          onChange={(e) => {
            setOffset(0)
            setQ(e.target.value)
          }}
        />
        <Select
          value={status}
          onValueChange={(value) => {
            setOffset(0)
            setStatus(value)
          }}
        >
          <Select.Trigger>
            <Select.Value placeholder="Status" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">All statuses</Select.Item>
            {STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {s}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">Could not load leads: {error}</Text>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Contact</Table.HeaderCell>
            <Table.HeaderCell>Interest</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Score</Table.HeaderCell>
            <Table.HeaderCell>Campaign</Table.HeaderCell>
            <Table.HeaderCell>Created</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {leads.map((lead) => (
            <Table.Row key={lead.id}>
              <Table.Cell>{lead.name ?? "—"}</Table.Cell>
              <Table.Cell>{lead.email ?? lead.phone ?? "—"}</Table.Cell>
              <Table.Cell>{lead.interest_type}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[lead.status] ?? "grey"} size="2xsmall">
                  {lead.status}
                </Badge>
              </Table.Cell>
              <Table.Cell className="text-right">
                {lead.score}
                {lead.is_qualified ? " ✓" : ""}
              </Table.Cell>
              <Table.Cell>{lead.utm_campaign ?? "—"}</Table.Cell>
              <Table.Cell>{new Date(lead.created_at).toLocaleDateString("pt-BR")}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={Math.floor(offset / PAGE_SIZE)}
        pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE_SIZE < count}
        previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
        nextPage={() => setOffset(offset + PAGE_SIZE)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Leads",
})

export default LeadsPage

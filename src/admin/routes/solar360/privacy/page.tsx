import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState } from "react"
import { backendPath, sdk } from "../../../lib/sdk"

type ModelSummary = { count: number; first_at?: string | null; last_at?: string | null; personal_data?: false }
type Summary = {
  subject: { lead_ids: string[]; customer_ids: string[]; anonymous_ids: string[]; session_ids: string[] }
  models: Record<string, ModelSummary>
  total: number
}
type Erasure = { audit_id: string; mode: string; counts: Record<string, number>; total: number; replayed: boolean }
type RetentionPreview = { now: string; cutoffs: Record<string, string | null>; counts: Record<string, number> }
type Audit = { id: string; action: string; mode: string | null; format: string | null; counts: Record<string, number>; reason: string | null; created_at: string }

const IDENTIFIERS = [
  ["email", "E-mail"],
  ["phone", "Phone"],
  ["cpf_cnpj", "CPF / CNPJ"],
  ["customer_id", "Customer id"],
  ["lead_id", "Lead id"],
] as const

const formatDate = (value?: string | null) => (value ? new Date(value).toLocaleString("pt-BR") : "—")

/**
 * LGPD requests of one person (art. 18): what is held, a portable export, and erasure
 * (anonymise or delete) across every Solar360 model; plus the audit trail of requests.
 */
const PrivacyPage = () => {
  const [form, setForm] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState<Summary | null>(null)
  const [mode, setMode] = useState<"anonymise" | "delete">("anonymise")
  const [reason, setReason] = useState("")
  const [erasure, setErasure] = useState<Erasure | null>(null)
  const [audits, setAudits] = useState<Audit[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [retention, setRetention] = useState<RetentionPreview | null>(null)

  useEffect(() => {
    sdk.client
      .fetch<RetentionPreview>("/admin/solar360/privacy/retention")
      .then(setRetention)
      .catch((e: Error) => setError(e.message))
  }, [])

  const identifiers = useMemo(
    () => Object.fromEntries(Object.entries(form).filter(([, value]) => value.trim()).map(([k, v]) => [k, v.trim()])),
    [form]
  )
  const query = useMemo(() => new URLSearchParams(identifiers).toString(), [identifiers])

  const loadAudits = useCallback(() => {
    sdk.client
      .fetch<{ audits: Audit[] }>("/admin/solar360/privacy/audit", { query: { limit: 20 } })
      .then((body) => setAudits(body.audits))
      .catch((e: Error) => setError(e.message))
  }, [])
  useEffect(loadAudits, [loadAudits])

  const find = async () => {
    setBusy(true)
    setErasure(null)
    try {
      // POST: identifiers in the body, never in a URL an access log keeps.
      setSummary(
        await sdk.client.fetch<Summary>("/admin/solar360/privacy/subjects/search", {
          method: "POST",
          body: { identifiers },
        })
      )
      setError(null)
    } catch (e) {
      setSummary(null)
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  // A POST download (identifiers in the body), saved through a blob URL.
  const download = async (format: "json" | "zip") => {
    setBusy(true)
    try {
      const response = await fetch(backendPath("/admin/solar360/privacy/subjects/export"), {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ identifiers, format }),
      })
      if (!response.ok) {
        throw new Error(((await response.json().catch(() => null)) as { message?: string } | null)?.message ?? response.statusText)
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `data-subject.${format}`
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = name
      link.click()
      URL.revokeObjectURL(url)
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const erase = async () => {
    const verb = mode === "delete" ? "DELETE" : "ANONYMISE"
    if (!window.confirm(`${verb} ${summary?.total ?? 0} records of this person? This cannot be undone.`)) {
      return
    }
    setBusy(true)
    try {
      const body = await sdk.client.fetch<{ erasure: Erasure }>("/admin/solar360/privacy/subjects/erase", {
        method: "POST",
        body: { identifiers, mode, reason },
        // A double click or a retried request erases once.
        headers: { "Idempotency-Key": `${query}|${mode}|${reason}` },
      })
      setErasure(body.erasure)
      setSummary(null)
      setError(null)
      loadAudits()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Privacy requests (LGPD)</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          Find everything held about a person, export it, or erase it. Every export and erasure is audited.
        </Text>
      </div>

      <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-5">
        {IDENTIFIERS.map(([key, label]) => (
          <div key={key} className="flex flex-col gap-1">
            <Label size="small">{label}</Label>
            <Input
              size="small"
              value={form[key] ?? ""}
              onChange={(event) => setForm({ ...form, [key]: event.target.value })}
            />
          </div>
        ))}
        <div className="md:col-span-5">
          <Button size="small" onClick={find} disabled={busy || !query} isLoading={busy}>
            Find person
          </Button>
        </div>
      </div>

      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}

      {erasure && (
        <div className="px-6 py-4">
          <Text>
            {erasure.mode === "delete" ? "Deleted" : "Anonymised"} {erasure.total} records
            {erasure.replayed ? " (already done earlier)" : ""}. Audit record {erasure.audit_id}.
          </Text>
        </div>
      )}

      {summary && (
        <div className="flex flex-col gap-3 px-6 py-4">
          <Text weight="plus">
            {summary.total} records · leads {summary.subject.lead_ids.length} · customers{" "}
            {summary.subject.customer_ids.length} · browsers {summary.subject.anonymous_ids.length}
          </Text>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Data set</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Records</Table.HeaderCell>
                <Table.HeaderCell>First</Table.HeaderCell>
                <Table.HeaderCell>Last</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {Object.entries(summary.models).map(([model, row]) => (
                <Table.Row key={model}>
                  <Table.Cell>
                    {model} {row.personal_data === false && <Badge size="2xsmall">no personal data</Badge>}
                  </Table.Cell>
                  <Table.Cell className="text-right">{row.count}</Table.Cell>
                  <Table.Cell>{formatDate(row.first_at)}</Table.Cell>
                  <Table.Cell>{formatDate(row.last_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {summary.total > 0 && (
            <div className="flex flex-wrap items-end gap-3">
              <Button size="small" variant="secondary" disabled={busy} onClick={() => download("json")}>
                Export JSON
              </Button>
              <Button size="small" variant="secondary" disabled={busy} onClick={() => download("zip")}>
                Export ZIP
              </Button>
              <div className="w-40">
                <Select value={mode} onValueChange={(value) => setMode(value as "anonymise" | "delete")}>
                  <Select.Trigger>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="anonymise">Anonymise</Select.Item>
                    <Select.Item value="delete">Delete</Select.Item>
                  </Select.Content>
                </Select>
              </div>
              <div className="w-80">
                <Input
                  size="small"
                  placeholder="Reason (e.g. request of 2026-11-29 by e-mail)"
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
              <Button size="small" variant="danger" onClick={erase} disabled={busy || !reason.trim()}>
                Erase
              </Button>
            </div>
          )}
        </div>
      )}

      <div className="px-6 py-4">
        <Heading level="h2">Retention: what the next daily run deletes</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          Rows older than each data set's retention period (plugin option `retention`).
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Data set</Table.HeaderCell>
            <Table.HeaderCell>Older than</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Rows to delete</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {Object.entries(retention?.counts ?? {}).map(([model, rows]) => (
            <Table.Row key={model}>
              <Table.Cell>{model}</Table.Cell>
              <Table.Cell>{retention?.cutoffs[model] ? formatDate(retention.cutoffs[model]) : "kept forever"}</Table.Cell>
              <Table.Cell className="text-right">{rows.toLocaleString("pt-BR")}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>

      <div className="px-6 py-4">
        <Heading level="h2">Audit trail</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Action</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Records</Table.HeaderCell>
            <Table.HeaderCell>Reason</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {audits.map((audit) => (
            <Table.Row key={audit.id}>
              <Table.Cell>{formatDate(audit.created_at)}</Table.Cell>
              <Table.Cell>
                {audit.action} {audit.mode ?? audit.format ?? ""}
              </Table.Cell>
              <Table.Cell className="text-right">
                {Object.values(audit.counts ?? {}).reduce((total, n) => total + n, 0)}
              </Table.Cell>
              <Table.Cell>{audit.reason ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Privacy (LGPD)",
})

export default PrivacyPage

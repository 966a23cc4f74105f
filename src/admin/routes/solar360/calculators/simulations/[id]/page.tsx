import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { SimulationStatusBadge } from "../../../../../components/calculators/simulation-status-badge"
import { QueryState } from "../../../../../components/query-state"
import { StaticTable } from "../../../../../components/static-table"
import { useCreditAnalysis, useFinancingSimulation, type CreditAnalysisMove, type FinancingSimulation } from "../../../../../hooks/calculators"
import { useFormatters } from "../../../../../lib/format"

type Installment = { number: number; due_date: string; payment: number; interest: number; principal: number; balance: number }

const Figures = ({ title, rows }: { title: string; rows: Array<[string, ReactNode]> }) => (
  <div className="min-w-[280px] flex-1 px-6 py-4">
    <Text weight="plus" size="small" className="pb-2">
      {title}
    </Text>
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-ui-fg-subtle">{label}</dt>
          <dd className="text-right">{value}</dd>
        </div>
      ))}
    </dl>
  </div>
)

/** The bank's credit analysis: the next moves of the current status, and the decision once taken. */
const CreditAnalysis = ({ simulation }: { simulation: FinancingSimulation }) => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const move = useCreditAnalysis(simulation.id)
  const [form, setForm] = useState({
    amount: String(simulation.financing_amount ?? ""),
    term: String(simulation.term_months ?? ""),
    rate: String(simulation.interest_rate_annual ?? ""),
    reason: "",
  })
  const send = (body: CreditAnalysisMove) =>
    move.mutate(body, {
      onSuccess: () => toast.success(t("calculators.simulation.saved")),
      onError: (error) => toast.error(error.message),
    })
  const status = simulation.status as string
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="credit-analysis">
      <Text weight="plus" size="small">
        {t("calculators.simulation.creditAnalysis")}
      </Text>
      <div className="flex items-center gap-2">
        <SimulationStatusBadge status={status} />
      </div>
      {status === "approved" && (
        <Text size="small" data-testid="credit-analysis-result">
          {t("calculators.simulation.approvedResult", {
            amount: fmt.currency(simulation.approved_amount),
            term: simulation.approved_term_months,
            rate: fmt.percent(Number(simulation.approved_rate_annual) / 100),
            payment: fmt.currency(simulation.approved_monthly_payment),
          })}{" "}
          {t("calculators.simulation.final")}
        </Text>
      )}
      {status === "rejected" && (
        <Text size="small" data-testid="credit-analysis-result">
          {t("calculators.simulation.rejectedResult", { reason: simulation.rejection_reason })} {t("calculators.simulation.final")}
        </Text>
      )}
      {status === "pending" && (
        <div>
          <Button size="small" variant="secondary" isLoading={move.isPending} onClick={() => send({ status: "analyzing" })} data-testid="start-analysis">
            {t("calculators.simulation.startAnalysis")}
          </Button>
        </div>
      )}
      {status === "analyzing" && (
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <Label size="small" htmlFor="approved-amount">{t("calculators.simulation.approvedAmount")}</Label>
            <Input id="approved-amount" type="number" value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
          </div>
          <div>
            <Label size="small" htmlFor="approved-term">{t("calculators.simulation.approvedTerm")}</Label>
            <Input id="approved-term" type="number" value={form.term} onChange={(e) => setForm({ ...form, term: e.target.value })} />
          </div>
          <div>
            <Label size="small" htmlFor="approved-rate">{t("calculators.simulation.approvedRate")}</Label>
            <Input id="approved-rate" type="number" value={form.rate} onChange={(e) => setForm({ ...form, rate: e.target.value })} />
          </div>
          <Button
            size="small"
            isLoading={move.isPending}
            data-testid="approve"
            onClick={() =>
              send({
                status: "approved",
                approved_amount: Number(form.amount),
                approved_term_months: Number(form.term),
                approved_rate_annual: Number(form.rate),
              })
            }
          >
            {t("calculators.simulation.approve")}
          </Button>
          <div>
            <Label size="small" htmlFor="rejection-reason">{t("calculators.simulation.rejectionReason")}</Label>
            <Input id="rejection-reason" value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
          </div>
          <Button
            size="small"
            variant="danger"
            disabled={!form.reason.trim()}
            isLoading={move.isPending}
            data-testid="reject"
            onClick={() => send({ status: "rejected", rejection_reason: form.reason.trim() })}
          >
            {t("calculators.simulation.reject")}
          </Button>
        </div>
      )}
    </div>
  )
}

/** One simulation: inputs, results (installment, CET, IOF), installments, history, credit analysis. */
const SimulationPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const { id = "" } = useParams()
  const query = useFinancingSimulation(id)
  const simulation = query.data?.financing_simulation as FinancingSimulation | undefined
  const schedule = (simulation?.schedule ?? []) as Installment[]
  const percent = (value: unknown) => (value === null || value === undefined ? "–" : fmt.percent(Number(value) / 100))

  return (
    <Container className="divide-y p-0">
      <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => query.refetch()}>
        {simulation && (
          <>
            <div className="px-6 py-4">
              <Heading level="h1">{t("calculators.simulation.title", { id: simulation.id })}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {fmt.dateTime(simulation.created_at)} · {simulation.bank ?? t("calculators.noBank")}
              </Text>
            </div>
            <div className="flex flex-wrap">
              <Figures
                title={t("calculators.simulation.inputs")}
                rows={[
                  [t("calculators.simulation.systemCost"), fmt.currency(simulation.system_cost)],
                  [t("calculators.simulation.downPayment"), fmt.currency(simulation.down_payment)],
                  [t("calculators.simulation.financingAmount"), fmt.currency(simulation.financing_amount)],
                  [t("calculators.simulation.term"), fmt.integer(simulation.term_months)],
                  [t("calculators.simulation.rateMonthly"), percent(simulation.interest_rate_monthly)],
                  [t("calculators.simulation.rateAnnual"), percent(simulation.interest_rate_annual)],
                  [t("calculators.simulation.personType"), simulation.person_type],
                  [t("calculators.simulation.product"), simulation.product ?? "–"],
                ]}
              />
              <Figures
                title={t("calculators.simulation.results")}
                rows={[
                  [t("calculators.simulation.monthlyPayment"), fmt.currency(simulation.monthly_payment)],
                  [t("calculators.simulation.totalInterest"), fmt.currency(simulation.total_interest)],
                  [t("calculators.simulation.totalPaid"), fmt.currency(simulation.total_paid)],
                  [t("calculators.simulation.cet"), percent(simulation.cet_annual)],
                  [t("calculators.simulation.iof"), fmt.currency(simulation.iof_amount)],
                  [t("calculators.simulation.fees"), fmt.currency(simulation.fees_amount)],
                ]}
              />
              <Figures
                title={t("calculators.simulation.history")}
                rows={[
                  [t("calculators.simulation.created"), fmt.dateTime(simulation.created_at)],
                  [t("calculators.simulation.acceptedAt"), fmt.dateTime(simulation.accepted_at)],
                  [t("calculators.simulation.submittedAt"), fmt.dateTime(simulation.submitted_at)],
                  [t("calculators.simulation.analysisStartedAt"), fmt.dateTime(simulation.analysis_started_at)],
                  [t("calculators.simulation.decidedAt"), fmt.dateTime(simulation.decided_at)],
                  [t("calculators.simulation.ordered"), simulation.order_id ?? "–"],
                ]}
              />
            </div>
            <CreditAnalysis key={`${simulation.id}-${simulation.status}`} simulation={simulation} />
            <div className="py-4">
              <Text weight="plus" size="small" className="px-6 pb-2">
                {t("calculators.simulation.installments")}
              </Text>
              <StaticTable<Installment>
                rows={schedule}
                rowId={(row) => String(row.number)}
                emptyText={t("calculators.noData")}
                columns={[
                  { id: "number", header: t("calculators.simulation.number"), cell: (row) => row.number },
                  { id: "due", header: t("calculators.simulation.dueDate"), cell: (row) => fmt.date(`${String(row.due_date).slice(0, 10)}T12:00:00Z`) },
                  { id: "payment", header: t("calculators.simulation.payment"), align: "right", cell: (row) => fmt.currency(row.payment) },
                  { id: "interest", header: t("calculators.simulation.interest"), align: "right", cell: (row) => fmt.currency(row.interest) },
                  { id: "principal", header: t("calculators.simulation.principal"), align: "right", cell: (row) => fmt.currency(row.principal) },
                  { id: "balance", header: t("calculators.simulation.balance"), align: "right", cell: (row) => fmt.currency(row.balance) },
                ]}
              />
            </div>
          </>
        )}
      </QueryState>
    </Container>
  )
}

export default SimulationPage

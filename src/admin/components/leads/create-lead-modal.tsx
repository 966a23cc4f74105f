import { Button, FocusModal, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import {
  LEAD_INTEREST_TYPES,
  MANUAL_LEAD_SOURCES,
  useAdminUsers,
  useCreateLead,
  userLabel,
  type ManualLeadInput,
} from "../../hooks/leads"

const TEXT_FIELDS = ["name", "email", "phone", "company", "cpf_cnpj", "city", "state", "message", "note"] as const

type FormState = Record<(typeof TEXT_FIELDS)[number] | "monthly_bill_brl" | "monthly_consumption_kwh", string> & {
  source: ManualLeadInput["source"]
  interest_type: string
  assigned_to: string
}

const EMPTY: FormState = {
  name: "",
  email: "",
  phone: "",
  company: "",
  cpf_cnpj: "",
  city: "",
  state: "",
  message: "",
  note: "",
  monthly_bill_brl: "",
  monthly_consumption_kwh: "",
  source: "phone",
  interest_type: "solar",
  assigned_to: "",
}

/** The API body: empty fields left out, so the API's own validation and defaults apply. */
function toInput(form: FormState): ManualLeadInput {
  const input: ManualLeadInput = { source: form.source, interest_type: form.interest_type }
  for (const field of TEXT_FIELDS) {
    const value = form[field].trim()
    if (value) {
      input[field] = value
    }
  }
  for (const field of ["monthly_bill_brl", "monthly_consumption_kwh"] as const) {
    const value = form[field].trim().replace(",", ".")
    if (value) {
      input[field] = Number(value)
    }
  }
  if (form.assigned_to) {
    input.assigned_to = form.assigned_to
  }
  return input
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {children}
    </div>
  )
}

/** A lead met outside the store (a phone call, a walk-in): POST /admin/solar360/leads. */
export function CreateLeadModal({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation("solar360")
  const navigate = useNavigate()
  const users = useAdminUsers()
  const create = useCreateLead()
  const [form, setForm] = useState<FormState>(EMPTY)
  const [problem, setProblem] = useState<string | null>(null)

  const set = (field: keyof FormState) => (value: string) => setForm((current) => ({ ...current, [field]: value }))
  const text = (field: (typeof TEXT_FIELDS)[number] | "monthly_bill_brl" | "monthly_consumption_kwh", label: string, props: Record<string, unknown> = {}) => (
    <Field id={`solar360-lead-${field}`} label={label}>
      <Input
        id={`solar360-lead-${field}`}
        name={field}
        value={form[field]}
        onChange={(event) => set(field)(event.target.value)}
        {...props}
      />
    </Field>
  )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setProblem(null)
    if (!form.email.trim() && !form.phone.trim()) {
      setProblem(t("leads.form.needContact"))
      return
    }
    try {
      const { lead, deduplicated } = await create.mutateAsync(toInput(form))
      toast.success(deduplicated ? t("leads.form.deduplicated") : t("leads.form.created"))
      setForm(EMPTY)
      onOpenChange(false)
      navigate(`/solar360/leads/${lead.id}`)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  {t("common.cancel")}
                </Button>
              </FocusModal.Close>
              <Button size="small" type="submit" isLoading={create.isPending}>
                {t("leads.form.submit")}
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-8">
            <div className="flex w-full max-w-2xl flex-col gap-y-6 px-4">
              <div>
                <FocusModal.Title asChild>
                  <Heading>{t("leads.form.title")}</Heading>
                </FocusModal.Title>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("leads.form.description")}
                  </Text>
                </FocusModal.Description>
              </div>
              {problem && (
                <Text size="small" className="text-ui-fg-error" role="alert">
                  {problem}
                </Text>
              )}
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <Field id="solar360-lead-source" label={t("leads.form.source")}>
                  <Select value={form.source} onValueChange={set("source")}>
                    <Select.Trigger id="solar360-lead-source">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {MANUAL_LEAD_SOURCES.map((value) => (
                        <Select.Item key={value} value={value}>
                          {t(`leads.source.${value}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
                <Field id="solar360-lead-interest" label={t("leads.form.interest")}>
                  <Select value={form.interest_type} onValueChange={set("interest_type")}>
                    <Select.Trigger id="solar360-lead-interest">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {LEAD_INTEREST_TYPES.map((value) => (
                        <Select.Item key={value} value={value}>
                          {t(`leads.interest.${value}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
                {text("name", t("leads.form.name"))}
                {text("company", t("leads.form.company"))}
                {text("email", t("leads.form.email"), { type: "email" })}
                {text("phone", t("leads.form.phone"), { type: "tel" })}
                {text("cpf_cnpj", t("leads.form.cpfCnpj"))}
                <div className="grid grid-cols-3 gap-2">
                  <div className="col-span-2">{text("city", t("leads.form.city"))}</div>
                  {text("state", t("leads.form.state"), { maxLength: 2 })}
                </div>
                {text("monthly_bill_brl", t("leads.form.monthlyBill"), { inputMode: "decimal" })}
                {text("monthly_consumption_kwh", t("leads.form.monthlyConsumption"), { inputMode: "decimal" })}
                <Field id="solar360-lead-assigned" label={t("leads.form.assignTo")}>
                  <Select value={form.assigned_to} onValueChange={set("assigned_to")}>
                    <Select.Trigger id="solar360-lead-assigned">
                      <Select.Value placeholder={t("leads.unassigned")} />
                    </Select.Trigger>
                    <Select.Content>
                      {(users.data?.users ?? []).map((user) => (
                        <Select.Item key={user.id} value={user.id}>
                          {userLabel(users.data?.users, user.id)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              </div>
              <Field id="solar360-lead-message" label={t("leads.form.message")}>
                <Textarea id="solar360-lead-message" name="message" value={form.message} onChange={(event) => set("message")(event.target.value)} />
              </Field>
              <Field id="solar360-lead-note" label={t("leads.form.note")}>
                <Textarea id="solar360-lead-note" name="note" value={form.note} onChange={(event) => set("note")(event.target.value)} />
              </Field>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}

// A page with both calculators' storefront side: a quote request and the financing simulator.
import Link from "next/link"
import { FinancingSimulator } from "@modules/solar360/financing-simulator"
import { LeadForm } from "@modules/solar360/lead-form"

export default function SimulatorPage() {
  return (
    <>
      <h1>Simule o financiamento do seu sistema solar</h1>
      <FinancingSimulator />
      <h2>Quer um orçamento?</h2>
      <LeadForm termsVersion="2026-01" />
      <Link href="/privacidade">Privacidade</Link>
    </>
  )
}

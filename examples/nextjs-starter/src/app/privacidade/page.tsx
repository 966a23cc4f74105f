import { OptOutButton } from "@modules/solar360/consent-banner"

export default function PrivacyPage() {
  return (
    <>
      <h1>Privacidade</h1>
      <OptOutButton />
    </>
  )
}

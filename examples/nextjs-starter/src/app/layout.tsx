// The root layout of the Next.js starter (src/app/layout.tsx) with the plugin's provider,
// page views and consent banner added.
import { Suspense, type ReactNode } from "react"
import { ConsentBanner } from "@modules/solar360/consent-banner"
import { Solar360PageViews } from "@modules/solar360/page-views"
import { Solar360Provider } from "@modules/solar360/provider"

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-BR">
      <body>
        <Solar360Provider>
          <Suspense fallback={null}>
            <Solar360PageViews />
          </Suspense>
          <ConsentBanner lang="pt-BR" />
          <main>{children}</main>
        </Solar360Provider>
      </body>
    </html>
  )
}

// The few Next.js 15 APIs the example uses, declared so the plugin's CI can type-check the
// example without installing `next` (a storefront has the real declarations; delete this file
// when you copy the example into one).
declare module "next/navigation" {
  export function usePathname(): string
  export function useSearchParams(): URLSearchParams
}

declare module "next/link" {
  import type { AnchorHTMLAttributes, ReactNode } from "react"
  export default function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children?: ReactNode }): JSX.Element
}

// What Next.js inlines at build time for NEXT_PUBLIC_* variables.
declare const process: { env: Record<string, string | undefined> }

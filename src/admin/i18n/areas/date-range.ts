// The date-range picker, comparison and headline tiles every dashboard shares.
export const dateRange = {
  en: {
    label: "Period",
    from: "From",
    to: "To",
    compare: "Compare with",
    presets: {
      today: "Today",
      "7d": "Last 7 days",
      "30d": "Last 30 days",
      "90d": "Last 90 days",
      "12m": "Last 12 months",
      custom: "Custom days",
    },
    comparisons: {
      none: "No comparison",
      previous: "Previous period",
      year: "Same period last year",
    },
    change: "{{change}} vs {{previous}}",
    noComparison: "No earlier figure to compare",
  },
  ptBR: {
    label: "Período",
    from: "De",
    to: "Até",
    compare: "Comparar com",
    presets: {
      today: "Hoje",
      "7d": "Últimos 7 dias",
      "30d": "Últimos 30 dias",
      "90d": "Últimos 90 dias",
      "12m": "Últimos 12 meses",
      custom: "Dias personalizados",
    },
    comparisons: {
      none: "Sem comparação",
      previous: "Período anterior",
      year: "Mesmo período do ano passado",
    },
    change: "{{change}} vs {{previous}}",
    noComparison: "Sem valor anterior para comparar",
  },
}

// Words every Solar360 screen uses. Each area file holds both languages side by side so a
// missing translation shows up in review (and in the unit test that compares the key sets).
export const common = {
  en: {
    loading: "Loading…",
    empty: "Nothing here yet.",
    error: "Could not load this: {{message}}",
    retry: "Try again",
    save: "Save",
    cancel: "Cancel",
    previous: "Previous",
    next: "Next",
    all: "All",
    search: "Search",
    clearFilters: "Clear filters",
    pagination: { of: "of", results: "results", pages: "pages" },
  },
  ptBR: {
    loading: "Carregando…",
    empty: "Nada por aqui ainda.",
    error: "Não foi possível carregar: {{message}}",
    retry: "Tentar de novo",
    save: "Salvar",
    cancel: "Cancelar",
    previous: "Anterior",
    next: "Próxima",
    all: "Todos",
    search: "Buscar",
    clearFilters: "Limpar filtros",
    pagination: { of: "de", results: "resultados", pages: "páginas" },
  },
}

// The demo's fixed reference data: real Brazilian cities (with their UF, coordinates and
// distributor, for the calculators and caches) and a small solar catalog. Everything else is
// drawn from faker with the fixed seed.

export type DemoCity = {
  city: string
  state: string
  latitude: number
  longitude: number
  /** The distributor's acronym as ANEEL lists it, and its CNPJ (from ANEEL's open data). */
  distributor: string
  distributor_cnpj: string
  /** A believable residential tariff (R$/kWh, TE + TUSD before taxes). */
  tariff: number
  zip: string
}

export const DEMO_CITIES: DemoCity[] = [
  { city: "São Paulo", state: "SP", latitude: -23.5505, longitude: -46.6333, distributor: "ENEL SP", distributor_cnpj: "61695227000193", tariff: 0.79, zip: "01310-100" },
  { city: "Campinas", state: "SP", latitude: -22.9099, longitude: -47.0626, distributor: "CPFL-PAULISTA", distributor_cnpj: "33050196000188", tariff: 0.81, zip: "13010-111" },
  { city: "Ribeirão Preto", state: "SP", latitude: -21.1775, longitude: -47.8103, distributor: "CPFL-PAULISTA", distributor_cnpj: "33050196000188", tariff: 0.81, zip: "14010-000" },
  { city: "Rio de Janeiro", state: "RJ", latitude: -22.9068, longitude: -43.1729, distributor: "LIGHT SESA", distributor_cnpj: "60444437000146", tariff: 0.93, zip: "20040-002" },
  { city: "Belo Horizonte", state: "MG", latitude: -19.9167, longitude: -43.9345, distributor: "CEMIG-D", distributor_cnpj: "06981180000116", tariff: 0.86, zip: "30130-010" },
  { city: "Uberlândia", state: "MG", latitude: -18.9186, longitude: -48.2772, distributor: "CEMIG-D", distributor_cnpj: "06981180000116", tariff: 0.86, zip: "38400-100" },
  { city: "Curitiba", state: "PR", latitude: -25.4284, longitude: -49.2733, distributor: "COPEL-DIS", distributor_cnpj: "04368898000106", tariff: 0.74, zip: "80010-000" },
  { city: "Londrina", state: "PR", latitude: -23.3045, longitude: -51.1696, distributor: "COPEL-DIS", distributor_cnpj: "04368898000106", tariff: 0.74, zip: "86010-000" },
  { city: "Porto Alegre", state: "RS", latitude: -30.0346, longitude: -51.2177, distributor: "CEEE-D", distributor_cnpj: "08467115000100", tariff: 0.78, zip: "90010-000" },
  { city: "Florianópolis", state: "SC", latitude: -27.5954, longitude: -48.548, distributor: "CELESC-DIS", distributor_cnpj: "08336783000190", tariff: 0.72, zip: "88010-000" },
  { city: "Goiânia", state: "GO", latitude: -16.6869, longitude: -49.2648, distributor: "EQUATORIAL GO", distributor_cnpj: "01543032000104", tariff: 0.84, zip: "74003-010" },
  { city: "Brasília", state: "DF", latitude: -15.7939, longitude: -47.8828, distributor: "NEOENERGIA BRASÍLIA", distributor_cnpj: "07522669000192", tariff: 0.77, zip: "70040-010" },
  { city: "Cuiabá", state: "MT", latitude: -15.601, longitude: -56.0974, distributor: "EMT", distributor_cnpj: "03467321000199", tariff: 0.89, zip: "78005-000" },
  { city: "Salvador", state: "BA", latitude: -12.9777, longitude: -38.5016, distributor: "COELBA", distributor_cnpj: "15139629000194", tariff: 0.83, zip: "40020-000" },
  { city: "Recife", state: "PE", latitude: -8.0476, longitude: -34.877, distributor: "NEOENERGIA PE", distributor_cnpj: "10835932000108", tariff: 0.82, zip: "50010-000" },
  { city: "Fortaleza", state: "CE", latitude: -3.7319, longitude: -38.5267, distributor: "ENEL CE", distributor_cnpj: "07047251000170", tariff: 0.8, zip: "60025-000" },
  { city: "Natal", state: "RN", latitude: -5.7945, longitude: -35.211, distributor: "COSERN", distributor_cnpj: "08324196000181", tariff: 0.76, zip: "59025-000" },
  { city: "Teresina", state: "PI", latitude: -5.0892, longitude: -42.8019, distributor: "EQUATORIAL PI", distributor_cnpj: "06840748000189", tariff: 0.88, zip: "64000-010" },
]

export type DemoProduct = {
  handle: string
  title: string
  category: "painel" | "inversor" | "kit" | "bateria"
  brand: string
  sku: string
  price_brl: number
  /** Nominal power in watts (panels, kits) or kW (inverters), for the descriptions. */
  spec: string
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  { handle: "painel-solar-550w-mono-perc", title: "Painel Solar 550 W Monocristalino PERC", category: "painel", brand: "Canadian Solar", sku: "PNL-550-CS", price_brl: 899, spec: "550 Wp, eficiência 21,3%" },
  { handle: "painel-solar-600w-bifacial", title: "Painel Solar 600 W Bifacial", category: "painel", brand: "Jinko Solar", sku: "PNL-600-JK", price_brl: 1049, spec: "600 Wp, bifacial, 22,1%" },
  { handle: "painel-solar-450w-half-cell", title: "Painel Solar 450 W Half-Cell", category: "painel", brand: "Trina Solar", sku: "PNL-450-TR", price_brl: 729, spec: "450 Wp, 20,8%" },
  { handle: "inversor-on-grid-3kw", title: "Inversor On-Grid 3 kW Monofásico", category: "inversor", brand: "Growatt", sku: "INV-3K-GW", price_brl: 3290, spec: "3 kW, 2 MPPT, 220 V" },
  { handle: "inversor-on-grid-5kw", title: "Inversor On-Grid 5 kW Monofásico", category: "inversor", brand: "Fronius", sku: "INV-5K-FR", price_brl: 6890, spec: "5 kW, 2 MPPT, 220 V" },
  { handle: "inversor-on-grid-10kw-trifasico", title: "Inversor On-Grid 10 kW Trifásico", category: "inversor", brand: "WEG", sku: "INV-10K-WEG", price_brl: 11490, spec: "10 kW, 380 V" },
  { handle: "microinversor-2kw-4-paineis", title: "Microinversor 2 kW (4 painéis)", category: "inversor", brand: "Hoymiles", sku: "MIC-2K-HM", price_brl: 3790, spec: "2 kW, 4 entradas" },
  { handle: "kit-solar-residencial-3kwp", title: "Kit Solar Residencial 3,3 kWp", category: "kit", brand: "Solar360", sku: "KIT-3K3", price_brl: 12990, spec: "6 painéis 550 W + inversor 3 kW" },
  { handle: "kit-solar-residencial-5kwp", title: "Kit Solar Residencial 5,5 kWp", category: "kit", brand: "Solar360", sku: "KIT-5K5", price_brl: 19890, spec: "10 painéis 550 W + inversor 5 kW" },
  { handle: "kit-solar-comercial-10kwp", title: "Kit Solar Comercial 10,8 kWp", category: "kit", brand: "Solar360", sku: "KIT-10K8", price_brl: 36900, spec: "18 painéis 600 W + inversor 10 kW" },
  { handle: "kit-solar-rural-8kwp", title: "Kit Solar Rural 8,2 kWp", category: "kit", brand: "Solar360", sku: "KIT-8K2", price_brl: 28490, spec: "15 painéis 550 W + inversor 8 kW" },
  { handle: "bateria-litio-5kwh", title: "Bateria de Lítio 5 kWh", category: "bateria", brand: "BYD", sku: "BAT-5K-BYD", price_brl: 15900, spec: "5 kWh LiFePO4" },
]

/** The demo's UTM campaigns and the share of sessions each brings. */
export type DemoCampaign = { utm_source: string; utm_medium: string; utm_campaign: string }

export const DEMO_CAMPAIGNS: ReadonlyArray<readonly [DemoCampaign | null, number]> = [
  // Brazilian traffic: paid search and social ads, the newsletter, the rest organic/direct.
  [{ utm_source: "google", utm_medium: "cpc", utm_campaign: "energia-solar-residencial" }, 26],
  [{ utm_source: "facebook", utm_medium: "paid", utm_campaign: "conta-de-luz-zero" }, 18],
  [{ utm_source: "newsletter", utm_medium: "email", utm_campaign: "black-friday-solar" }, 9],
  [{ utm_source: "instagram", utm_medium: "social", utm_campaign: "kit-solar-5kwp" }, 7],
  [null, 40],
]

/** Device profiles: a user agent the plugin parses, and a screen. */
export const DEMO_DEVICES: ReadonlyArray<readonly [{ user_agent: string; screen: string }, number]> = [
  [{ user_agent: "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36", screen: "412x915" }, 38],
  [{ user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", screen: "390x844" }, 22],
  [{ user_agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", screen: "1920x1080" }, 28],
  [{ user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", screen: "1440x900" }, 9],
  [{ user_agent: "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", screen: "820x1180" }, 3],
]

export const DEMO_SEARCHES = [
  "kit solar 5kwp", "inversor growatt", "painel 550w", "bateria lítio", "energia solar preço",
  "microinversor", "kit solar rural", "painel bifacial", "inversor trifásico", "kit off grid",
]

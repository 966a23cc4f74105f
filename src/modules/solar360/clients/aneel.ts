/**
 * Client of ANEEL's open-data CKAN API (tariffs resource). Pure parsing and selection live in
 * src/lib/aneel; this file only calls the API, page by page, and turns what it gets into a
 * cache outcome. Records are cached (not the selection), so one entry answers any date.
 */
import { fetchJson, UpstreamError, UpstreamErrorCode } from "../../../lib/cache"
import {
  buildDatastoreSearchUrl,
  CkanRecord,
  DistributorFilter,
  fetchAllPages,
  RESIDENTIAL_B1_CLASSIFICATION,
  TariffClassification,
  tariffFilters,
} from "../../../lib/aneel"
import { isDomainError } from "../../../lib/errors"
import type { CacheFetchOutcome } from "../types/caches"

/** Rows per page: one classification's rows are a few per distributor per year. */
const PAGE_SIZE = 1000

// Only the fields the selection reads are kept in the cache.
const KEPT_FIELDS = [
  "_id", "DatGeracaoConjuntoDados", "DscREH", "SigAgente", "NumCNPJDistribuidora",
  "DatInicioVigencia", "DatFimVigencia", "DscBaseTarifaria", "DscSubGrupo",
  "DscModalidadeTarifaria", "DscClasse", "DscSubClasse", "DscDetalhe", "NomPostoTarifario",
  "DscUnidadeTerciaria", "SigAgenteAcessante", "VlrTUSD", "VlrTE",
]

export type AneelClientConfig = { baseUrl: string; resourceId: string; timeoutMs: number }

/** The cache key's request for one classification's rows of one distributor (or of all). */
export function tariffRowsRequest(
  config: AneelClientConfig,
  distributor?: DistributorFilter,
  classification: TariffClassification = RESIDENTIAL_B1_CLASSIFICATION
) {
  return { resource_id: config.resourceId, filters: tariffFilters(classification, distributor) }
}

/** Every row of the classification (residential B1 by default), following pages until `total`. */
export async function fetchTariffRows(
  config: AneelClientConfig,
  distributor?: DistributorFilter,
  classification: TariffClassification = RESIDENTIAL_B1_CLASSIFICATION
): Promise<CacheFetchOutcome<CkanRecord[]>> {
  const filters = tariffFilters(classification, distributor)
  const firstUrl = buildDatastoreSearchUrl(config.baseUrl, {
    resourceId: config.resourceId,
    filters,
    limit: PAGE_SIZE,
    offset: 0,
  })
  try {
    const { records } = await fetchAllPages(async (offset) => {
      const url = buildDatastoreSearchUrl(config.baseUrl, {
        resourceId: config.resourceId,
        filters,
        limit: PAGE_SIZE,
        offset,
      })
      const { status, json } = await fetchJson(url, { timeoutMs: config.timeoutMs })
      if (status === 404) {
        throw new UpstreamError(UpstreamErrorCode.ERROR, "ANEEL answered 404 for the tariffs resource", 404)
      }
      return json
    }, PAGE_SIZE)
    if (!records.length) {
      return { found: false, source_url: firstUrl }
    }
    const kept = records.map((record) =>
      Object.fromEntries(KEPT_FIELDS.filter((field) => field in record).map((field) => [field, record[field]]))
    )
    return { found: true, value: kept, source_url: firstUrl }
  } catch (error) {
    // A malformed answer (aneel_bad_response...) is the upstream's fault: a 502, or stale.
    if (isDomainError(error) && !(error instanceof UpstreamError)) {
      throw new UpstreamError(UpstreamErrorCode.ERROR, `ANEEL answered an unusable body: ${error.message}`)
    }
    throw error
  }
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeDataPractice } from "../../../../../lib/privacy"
import { notFound } from "../../../../../modules/solar360"
import { StoreGetDataPracticesParams } from "../validators"
import type { StoreDataPracticeResponse } from "../responses"

export const GET = async (
  req: MedusaRequest<unknown, StoreGetDataPracticesParams>,
  res: MedusaResponse<StoreDataPracticeResponse>
) => {
  const { lang } = req.validatedQuery as StoreGetDataPracticesParams
  const practice = describeDataPractice(req.params.category, lang)
  if (!practice) {
    throw notFound(`No data practice for category "${req.params.category}"`)
  }
  res.json({ language: lang, data_practice: practice })
}

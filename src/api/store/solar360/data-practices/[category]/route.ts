import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeDataPractice } from "../../../../../lib/privacy"
import { notFound } from "../../../../../modules/solar360"
import { StoreGetDataPracticesParams } from "../validators"

export const GET = async (
  req: MedusaRequest<unknown, StoreGetDataPracticesParams>,
  res: MedusaResponse
) => {
  const { lang } = req.validatedQuery as StoreGetDataPracticesParams
  const practice = describeDataPractice(req.params.category, lang)
  if (!practice) {
    throw notFound(`No data practice for category "${req.params.category}"`)
  }
  res.json({ language: lang, data_practice: practice })
}

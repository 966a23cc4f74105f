import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOLAR360_MODULE, type Solar360ModuleService, type UpdateLeadResult } from "../../../modules/solar360"
import { LeadConversion } from "./find-leads-for-order"

/** Moves each lead to `converted` with the order and its value, recording the move. */
export const convertLeadsStep = createStep(
  "convert-leads",
  async (conversions: LeadConversion[], { container }) => {
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    const results: UpdateLeadResult[] = []
    for (const conversion of conversions) {
      results.push(
        await solar360.updateLeadWithHistory(conversion.lead_id, {
          status: "converted",
          order_id: conversion.order_id,
          conversion_value: conversion.conversion_value,
          actor_type: "system",
          note: `order ${conversion.order_id} placed`,
        })
      )
    }
    return new StepResponse(
      results.map((result) => result.lead_id),
      results
    )
  },
  async (results: UpdateLeadResult[] | undefined, { container }) => {
    if (!results?.length) {
      return
    }
    const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
    for (const result of results) {
      await solar360.revertLeadUpdate(result)
    }
  }
)

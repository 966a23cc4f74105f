import { SOLAR360_MODULE } from ".."
import * as Models from "../models"

/**
 * What every module spec passes to `moduleIntegrationTestRunner`: the module, its data models
 * (the `model.define()` exports; the models file also exports types) and where it resolves.
 * Spread it and add `moduleOptions` or `testSuite`.
 */
export const SOLAR360_MODULE_UNDER_TEST = {
  moduleName: SOLAR360_MODULE,
  moduleModels: Object.values(Models).filter(
    (value) => typeof value === "object" && value !== null && "schema" in value
  ),
  resolve: "./src/modules/solar360",
}

import Solar360Module from "."

/** The shape `defineLink` needs from one model's linkable. */
type ModelLinkable = Record<string, unknown> & {
  toJSON: () => {
    serviceName: string
    field: string
    linkable: string
    primaryKey: string
  }
}

/**
 * The module's linkables, loosely typed. TypeScript's inference of `Module(...).linkable`
 * walks every field of a model and gives up ("type instantiation is excessively deep") on
 * our widest models, so the link files take their linkables from here.
 */
export const solar360Linkable = Solar360Module.linkable as unknown as Record<
  | "lead"
  | "event"
  | "ragQuery"
  | "helioConversation"
  | "photogrammetryAnalysis"
  | "financingSimulation"
  | "solarViabilityAnalysis"
  | "catalogAccessLog"
  | "pvlibCache"
  | "aneelCache",
  ModelLinkable
>

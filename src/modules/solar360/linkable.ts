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
 * our widest models, so the link files take their linkables from here:
 * `Solar360.linkable.lead` is `Solar360Module.linkable.lead` at run time.
 */
export const Solar360 = {
  linkable: Solar360Module.linkable as unknown as Linkables,
}

type Linkables = Record<
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

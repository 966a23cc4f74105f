const { LAYERS, planLayers, workersFor } = require("../test-layers")

describe("planLayers", () => {
  it("runs every layer exactly once in a full run, on the embedded cluster or not", () => {
    for (const embedded of [true, false]) {
      const { order } = planLayers(undefined, { embedded })
      expect([...order].sort()).toEqual([...LAYERS].sort())
    }
  })

  it("on the embedded cluster runs the module layer first, the unit layer beside the template1 migration, the cluster layer after HTTP, browser last", () => {
    expect(planLayers(undefined, { embedded: true })).toEqual({
      layers: LAYERS,
      order: ["integration:modules", "unit", "integration:http", "cluster", "browser"],
      migrateTemplate: true,
      overlap: true,
    })
  })

  it("never migrates template1 on a DATABASE_URL server", () => {
    const plan = planLayers(undefined, { embedded: false })
    expect(plan).toEqual({ layers: LAYERS, order: LAYERS, migrateTemplate: false, overlap: false })
  })

  it("runs only the named layer, migrating template1 first for the HTTP layer alone", () => {
    expect(planLayers("browser", { embedded: true }).order).toEqual(["browser"])
    expect(planLayers("integration:http", { embedded: true })).toEqual({
      layers: ["integration:http"],
      order: ["integration:http"],
      migrateTemplate: true,
      overlap: false,
    })
  })

  it("runs the cluster layer in a full run, after the HTTP layer and before the browser layer", () => {
    for (const embedded of [true, false]) {
      const { order } = planLayers(undefined, { embedded })
      expect(order).toContain("cluster")
      expect(order.indexOf("cluster")).toBeGreaterThan(order.indexOf("integration:http"))
      expect(order.indexOf("cluster")).toBeLessThan(order.indexOf("browser"))
    }
  })

  it("runs the cluster layer alone without migrating template1 (it migrates its own database)", () => {
    expect(planLayers("cluster", { embedded: true })).toEqual({
      layers: ["cluster"],
      order: ["cluster"],
      migrateTemplate: false,
      overlap: false,
    })
  })

  it("treats an argument that is no layer as jest's (all layers run)", () => {
    expect(planLayers("--testNamePattern=x", { embedded: true }).layers).toEqual(LAYERS)
  })
})

describe("workersFor", () => {
  it("runs two files side by side in the database layers and the unit layer, one in the cluster and browser layers", () => {
    expect(LAYERS.map((layer) => [layer, workersFor(layer, {})])).toEqual([
      ["unit", 2],
      ["integration:modules", 2],
      ["integration:http", 2],
      ["cluster", 1],
      ["browser", 1],
    ])
    expect(workersFor("something-else", {})).toBe(1)
  })

  it("takes TEST_WORKERS, a positive integer, for every layer", () => {
    expect(workersFor("browser", { TEST_WORKERS: "3" })).toBe(3)
    expect(workersFor("unit", { TEST_WORKERS: "1" })).toBe(1)
    for (const bad of ["0", "-1", "1.5", "two", ""]) {
      expect(workersFor("unit", { TEST_WORKERS: bad })).toBe(2)
    }
  })
})

const { describeRegistryFailure, REGISTRY_SNAPSHOT_DATE } = require("../registry")

describe("describeRegistryFailure", () => {
  it("names the package behind an ETARGET failure (the 2026-11-24 registry state)", () => {
    const output = [
      "npm error code ETARGET",
      "npm error notarget No matching version found for @aws-sdk/middleware-endpoint-discovery@^3.972.40.",
      "npm error notarget In most cases you or one of your dependencies are requesting",
      "npm error notarget a package version that doesn't exist.",
    ].join("\n")
    const message = describeRegistryFailure(output)
    expect(message).toContain("registry resolution failure (ETARGET)")
    expect(message).toContain("@aws-sdk/middleware-endpoint-discovery@^3.972.40")
    expect(message).toContain(REGISTRY_SNAPSHOT_DATE)
  })

  it("names the package when npm ran with --before", () => {
    const output =
      "npm error code ETARGET\nnpm error notarget No matching version found for is-number@^99.0.0 with a date before 11/20/2026, 12:00:00 AM.\n"
    expect(describeRegistryFailure(output)).toContain("matches is-number@^99.0.0.")
  })

  it("names a package missing from the registry (E404)", () => {
    const output = [
      "npm error code E404",
      "npm error 404 Not Found - GET https://registry.example/left-padd - Not found",
      "npm error 404  'left-padd@1.0.0' is not in this registry.",
    ].join("\n")
    expect(describeRegistryFailure(output)).toBe(
      "registry resolution failure (E404): left-padd@1.0.0 is not in the registry"
    )
  })

  it("explains a peer conflict (ERESOLVE)", () => {
    const output = [
      "npm error code ERESOLVE",
      "npm error ERESOLVE unable to resolve dependency tree",
      "npm error While resolving: solar360-install-check-app@undefined",
      "npm error Could not resolve dependency:",
      "npm error peer react@\"^19.0.0\" from some-ui@2.0.0",
    ].join("\n")
    expect(describeRegistryFailure(output)).toContain("needs peer react@")
  })

  it("returns null for a failure that is not about resolution", () => {
    expect(describeRegistryFailure("npm error code ELIFECYCLE\nnpm error command failed")).toBeNull()
  })
})

import { MedusaContainer } from "@medusajs/framework/types"
import { jobSchedule, runScheduledJob } from "../scheduled-jobs"

function containerWith(disabledJobs: string[]) {
  return { resolve: () => ({ options: { disabledJobs } }) } as unknown as MedusaContainer
}

describe("runScheduledJob", () => {
  it.each([
    [[], true],
    [["solar360-other-job"], true],
    [["solar360-roll-up-analytics"], false],
    [["*"], false],
  ])("with disabledJobs %j runs the job: %s", async (disabledJobs, expected) => {
    const run = jest.fn(async () => undefined)
    await runScheduledJob(containerWith(disabledJobs), "solar360-roll-up-analytics", run)
    expect(run).toHaveBeenCalledTimes(expected ? 1 : 0)
  })
})

describe("runScheduledJob with Medusa's context", () => {
  it("logs the tick it ran for, once the job has run", async () => {
    const info = jest.fn()
    const container = {
      resolve: (key: string) => (key === "logger" ? { info } : { options: { disabledJobs: [] } }),
    } as unknown as MedusaContainer
    const run = jest.fn(async () => undefined)
    await runScheduledJob(container, "solar360-x", run, { scheduledFor: new Date("2026-12-04T08:00:05.000Z") })
    expect(run).toHaveBeenCalledTimes(1)
    expect(info).toHaveBeenCalledWith(
      `solar360 scheduled job solar360-x ran for tick 2026-12-04T08:00:05.000Z in process ${process.pid}`
    )
  })

  it("logs nothing for a disabled job", async () => {
    const info = jest.fn()
    const container = {
      resolve: (key: string) => (key === "logger" ? { info } : { options: { disabledJobs: ["*"] } }),
    } as unknown as MedusaContainer
    await runScheduledJob(container, "solar360-x", async () => undefined, { scheduledFor: new Date() })
    expect(info).not.toHaveBeenCalled()
  })
})

describe("jobSchedule", () => {
  it("keeps the job's own schedule unless SOLAR360_JOB_SCHEDULES names the job", () => {
    expect(jobSchedule("solar360-x", "*/5 * * * *", undefined)).toBe("*/5 * * * *")
    expect(jobSchedule("solar360-x", "*/5 * * * *", '{"solar360-y": "* * * * *"}')).toBe("*/5 * * * *")
    expect(jobSchedule("solar360-x", "*/5 * * * *", '{"solar360-x": "*/3 * * * * *"}')).toBe("*/3 * * * * *")
  })

  it("refuses text that is not a JSON object of cron patterns, naming the variable", () => {
    expect(() => jobSchedule("solar360-x", "* * * * *", "nope")).toThrow("SOLAR360_JOB_SCHEDULES must be JSON")
    expect(() => jobSchedule("solar360-x", "* * * * *", "[]")).toThrow("JSON object")
    expect(() => jobSchedule("solar360-x", "* * * * *", '{"solar360-x": 5}')).toThrow("must be a cron pattern")
    expect(() => jobSchedule("solar360-x", "* * * * *", '{"solar360-x": " "}')).toThrow("must be a cron pattern")
  })
})

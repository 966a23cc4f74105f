import { MedusaService } from "@medusajs/framework/utils"
import { generateDailySalt, hashIp, saltDayKey } from "../../lib/privacy"
import {
  AneelCache,
  CatalogAccessLog,
  Event,
  FinancingSimulation,
  HelioConversation,
  Lead,
  PhotogrammetryAnalysis,
  PrivacySalt,
  PvlibCache,
  RagQuery,
  SolarViabilityAnalysis,
} from "./models"
import { parseSolar360Options, Solar360Options } from "./options"

const DAY_MS = 24 * 60 * 60 * 1000

class Solar360ModuleService extends MedusaService({
  Lead,
  Event,
  RagQuery,
  HelioConversation,
  PhotogrammetryAnalysis,
  FinancingSimulation,
  SolarViabilityAnalysis,
  CatalogAccessLog,
  PvlibCache,
  AneelCache,
  PrivacySalt,
}) {
  readonly options: Solar360Options
  // The day's salt is read on every hashed request; keep the current one in memory.
  private cachedSalt: { day: string; salt: string } | null = null

  constructor(container: Record<string, unknown>, rawOptions?: unknown) {
    super(...arguments)
    this.options = parseSolar360Options(rawOptions)
  }

  /**
   * The secret salt of the UTC day of `at`, created on first use. All instances share it
   * through the database; a concurrent creator loses the unique-key race and re-reads.
   */
  async getIpSalt(at: Date = new Date()): Promise<string> {
    const day = saltDayKey(at)
    if (this.cachedSalt?.day === day) {
      return this.cachedSalt.salt
    }
    let salt = await this.findSalt(day)
    if (!salt) {
      try {
        const created = await this.createPrivacySalts({ day, salt: generateDailySalt() })
        salt = created.salt
      } catch (error) {
        salt = await this.findSalt(day)
        if (!salt) {
          throw error
        }
      }
    }
    this.cachedSalt = { day, salt }
    return salt
  }

  /** Daily-rotating pseudonym of a visitor: no raw IP ever leaves this method. */
  async hashRequestIp(
    ip: string,
    userAgent: string,
    at: Date = new Date()
  ): Promise<string> {
    return hashIp(ip, userAgent, await this.getIpSalt(at))
  }

  /**
   * Deletes (hard) the salts of days older than the grace period so hashes made with them
   * can no longer be recomputed. Returns the number of salts deleted.
   */
  async purgeRetiredIpSalts(at: Date = new Date()): Promise<number> {
    const oldestKept = saltDayKey(
      new Date(at.getTime() - this.options.ipSaltGraceDays * DAY_MS)
    )
    const retired = await this.listPrivacySalts(
      { day: { $lt: oldestKept } },
      { select: ["id"], withDeleted: true }
    )
    if (retired.length) {
      await this.deletePrivacySalts(retired.map((s) => s.id))
    }
    if (this.cachedSalt && this.cachedSalt.day < oldestKept) {
      this.cachedSalt = null
    }
    return retired.length
  }

  private async findSalt(day: string): Promise<string | null> {
    const [existing] = await this.listPrivacySalts({ day }, { take: 1 })
    return existing?.salt ?? null
  }
}

export default Solar360ModuleService

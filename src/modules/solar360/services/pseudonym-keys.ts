import { Context, InferEntityType, ModulesSdkTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { generateConsentTokenSecret } from "../../../lib/leads"
import { generateDailySalt, generateIdentifierHashKey, hashIp, saltDayKey } from "../../../lib/privacy"
import type { PrivacySalt } from "../models/privacy-salt"
import type { Solar360Options } from "../options"
import { LEAD_CONSENT_TOKEN_KEY_NAME } from "../types/leads"
import { DAY_MS } from "../../../lib/time"

/** Name of the audit's identifier hash key among the privacy salts (never a date). */
const SUBJECT_IDENTIFIER_KEY_NAME = "key:subject-identifiers"

/** Name of the secret of tokens derived from an Idempotency-Key, among the privacy salts. */
const RESUME_TOKEN_KEY_NAME = "key:resume-tokens"

// Keys are the DML names: `define("solar360_privacy_salt")` registers `solar360PrivacySaltService`.
type InjectedDependencies = {
  solar360PrivacySaltService: ModulesSdkTypes.IMedusaInternalService<InferEntityType<typeof PrivacySalt>>
  solar360Options: Solar360Options
}

/**
 * Pseudonym keys and salts: the daily IP salt (and the hashes made with it) and the named
 * secrets kept beside it in `solar360_privacy_salt` under non-date names (identifier hash key,
 * resume-token key, double opt-in token secret), which the purge by date never reaches.
 */
export class PseudonymKeysService {
  protected readonly solar360PrivacySaltService_: InjectedDependencies["solar360PrivacySaltService"]
  protected readonly options_: Solar360Options
  // The day's salt is read on every hashed request; keep the current one in memory.
  private cachedSalt: { day: string; salt: string } | null = null

  constructor({ solar360PrivacySaltService, solar360Options }: InjectedDependencies) {
    this.solar360PrivacySaltService_ = solar360PrivacySaltService
    this.options_ = solar360Options
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
        const created = await this.solar360PrivacySaltService_.create({ day, salt: generateDailySalt() })
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
  async hashRequestIp(ip: string, userAgent: string, at: Date = new Date()): Promise<string> {
    return hashIp(ip, userAgent, await this.getIpSalt(at))
  }

  /**
   * Deletes (hard) the salts of days older than the grace period so hashes made with them
   * can no longer be recomputed. Returns the number of salts deleted.
   */
  async purgeRetiredIpSalts(at: Date = new Date(), sharedContext: Context = {}): Promise<number> {
    const oldestKept = saltDayKey(new Date(at.getTime() - this.options_.ipSaltGraceDays * DAY_MS))
    const retired = await this.solar360PrivacySaltService_.list(
      { day: { $lt: oldestKept } },
      { select: ["id"], withDeleted: true },
      sharedContext
    )
    if (retired.length) {
      await this.solar360PrivacySaltService_.delete(
        retired.map((s) => s.id),
        sharedContext
      )
    }
    if (this.cachedSalt && this.cachedSalt.day < oldestKept) {
      this.cachedSalt = null
    }
    return retired.length
  }

  /**
   * The secret of the double opt-in tokens. Read each time (one indexed row; captures are not
   * a hot path): a copy kept in memory could outlive the row, and another instance would then
   * make and sign with a new one.
   */
  async getLeadConsentTokenSecret(): Promise<string> {
    return this.namedSecret(LEAD_CONSENT_TOKEN_KEY_NAME, generateConsentTokenSecret, "the consent token secret")
  }

  /** The secret of the audit's identifier hashes. */
  async getSubjectIdentifierKey(): Promise<string> {
    return this.namedSecret(SUBJECT_IDENTIFIER_KEY_NAME, generateIdentifierHashKey)
  }

  /** The store's secret for tokens derived from an Idempotency-Key (resume and Helio session tokens). */
  async getResumeTokenKey(): Promise<string> {
    return this.namedSecret(RESUME_TOKEN_KEY_NAME, generateIdentifierHashKey)
  }

  /** A named secret, created on first use and shared by all instances (a unique `day`). */
  private async namedSecret(name: string, generate: () => string, label = `the secret ${name}`): Promise<string> {
    const existing = await this.findSalt(name)
    if (existing) {
      return existing
    }
    try {
      await this.solar360PrivacySaltService_.create({ day: name, salt: generate() })
    } catch (error) {
      // Another instance created it first (unique day): use theirs.
    }
    const created = await this.findSalt(name)
    if (!created) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not create ${label}`)
    }
    return created
  }

  private async findSalt(day: string): Promise<string | null> {
    const [existing] = await this.solar360PrivacySaltService_.list({ day }, { take: 1 })
    return existing?.salt ?? null
  }
}

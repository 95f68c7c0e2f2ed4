import path from "node:path";
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Every setting Stipple reads from the environment, validated once at start-up. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: port.default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
    /** How often expired waitlist offers are passed to the next person waiting. */
    WAITLIST_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    DEMO_DATA: flag.default(true),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: port.default(587),
    SMTP_SECURE: flag.default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z.string().min(3).default("Stipple <no-reply@localhost>"),
    SMS_PROVIDER_URL: z.url().optional(),
    SMS_ACCOUNT_SID: z.string().optional(),
    SMS_AUTH_TOKEN: z.string().optional(),
    SMS_FROM: z.string().optional(),
    /** Run the delivery worker inside `stipple serve`; `off` when a separate `stipple worker` runs. */
    WORKER: z
      .enum(["on", "off", "true", "false", "1", "0", "yes", "no"])
      .transform((v) => ["on", "true", "1", "yes"].includes(v))
      .default(true),
    /** How many messages one worker process delivers at once. */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
    /** Attempts before a message that keeps failing is marked failed. */
    DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    /** Wait before the first retry; doubles after each failure up to DELIVERY_BACKOFF_MAX_SECONDS. */
    DELIVERY_BACKOFF_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    DELIVERY_BACKOFF_MAX_SECONDS: z.coerce.number().int().min(1).max(604_800).default(3600),
    /** A message claimed longer ago than this was interrupted (its worker died): marked failed. */
    DELIVERY_LEASE_SECONDS: z.coerce.number().int().min(5).max(86_400).default(600),
    /** The longest Stipple waits for an SMTP server or SMS provider at any step. */
    TRANSPORT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
    /** Largest scalp photo accepted, in MB. */
    PHOTO_MAX_MB: z.coerce.number().min(1).max(100).default(15),
    /** S3-compatible photo and file storage; local disk under DATA_DIR/files when S3_BUCKET is unset. */
    S3_ENDPOINT: z.url().optional(),
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: flag.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.S3_BUCKET && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: "needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY as well",
      });
    }
    if (env.SMTP_USER && !env.SMTP_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_PASSWORD"],
        message: "is required when SMTP_USER is set",
      });
    }
    if (env.SMS_PROVIDER_URL && !(env.SMS_ACCOUNT_SID && env.SMS_AUTH_TOKEN && env.SMS_FROM)) {
      ctx.addIssue({
        code: "custom",
        path: ["SMS_PROVIDER_URL"],
        message: "needs SMS_ACCOUNT_SID, SMS_AUTH_TOKEN and SMS_FROM as well",
      });
    }
    if (env.TRANSPORT_TIMEOUT_SECONDS * 4 > env.DELIVERY_LEASE_SECONDS) {
      ctx.addIssue({
        code: "custom",
        path: ["DELIVERY_LEASE_SECONDS"],
        message: "must be at least four times TRANSPORT_TIMEOUT_SECONDS",
      });
    }
  })
  .transform((env) => ({
    ...env,
    DATA_DIR: path.resolve(env.DATA_DIR),
    PUBLIC_URL: (
      env.PUBLIC_URL ?? `http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${env.PORT}`
    ).replace(/\/$/, ""),
  }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment (process.env by default); throws EnvError listing every bad setting. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

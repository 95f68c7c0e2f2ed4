import type { Auth } from "../auth/auth.ts";
import type { StaffRole } from "../auth/roles.ts";
import type { Database } from "../db/client.ts";
import type { Env } from "../env.ts";
import type { FileStore } from "../files/file-store.ts";
import type { Logger } from "../logger.ts";
import type { Mailer } from "../notify/mailer.ts";
import type { PortalAuth } from "../portal/portal-auth.ts";

/** Everything a request handler may use; built once in main.ts and passed to the app. */
export interface AppDeps {
  env: Env;
  db: Database;
  auth: Auth;
  /** The client portal's sign-in (email codes), separate from staff auth. */
  portalAuth: PortalAuth;
  mailer: Mailer;
  files: FileStore;
  log: Logger;
}

/** The signed-in staff member and the clinic every query of this request is scoped to. */
export interface StaffContext {
  userId: string;
  memberId: string;
  orgId: string;
  role: StaffRole;
  name: string;
  email: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    log: Logger;
    staff: StaffContext;
    clientIp: string;
  };
}

import { and, eq, type SQL } from "drizzle-orm";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import type { PgColumn, PgInsertBase, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./client.ts";

type TenantTable = PgTable & { orgId: PgColumn };

/**
 * The one place tenant scoping happens: every read and write of a tenant table in a request goes
 * through a Tenant bound to the signed-in clinic, so a handler cannot forget the org filter.
 */
export interface Tenant {
  readonly orgId: string;
  readonly db: Executor;
  /** `org_id = this clinic` AND the given conditions. */
  where(table: TenantTable, ...conditions: (SQL | undefined)[]): SQL;
  /** Insert rows into a tenant table, stamping them with this clinic. */
  insert<T extends TenantTable>(
    table: T,
    values: Omit<T["$inferInsert"], "orgId">,
  ): PgInsertBase<T, NodePgQueryResultHKT>;
  /** Runs `fn` in one transaction with a Tenant bound to it. */
  transaction<R>(fn: (tenant: Tenant) => Promise<R>): Promise<R>;
}

export function createTenant(db: Executor, orgId: string): Tenant {
  return {
    orgId,
    db,
    where: (table, ...conditions) => and(eq(table.orgId, orgId), ...conditions) as SQL,
    insert: (table, values) =>
      // biome-ignore lint/suspicious/noExplicitAny: the value type is enforced by the signature above.
      db.insert(table).values({ ...values, orgId } as any) as any,
    transaction: (fn) => db.transaction((tx) => fn(createTenant(tx, orgId))),
  };
}

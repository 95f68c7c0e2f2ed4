import type { Auth } from "./auth.ts";

/**
 * Creates a staff user with an email + password login. Public sign-up is off, so invitations and
 * the demo seed come through here, using Better Auth's own hashing and account records.
 */
export async function createStaffUser(
  auth: Auth,
  input: { email: string; name: string; password: string },
) {
  const ctx = await auth.$context;
  const passwordHash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    {
      email: input.email.toLowerCase(),
      name: input.name,
      emailVerified: true,
    },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: passwordHash,
  });
  return user;
}

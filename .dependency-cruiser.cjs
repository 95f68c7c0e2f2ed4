/** Layer rules: see docs/ARCHITECTURE.md. `npm run lint:layers` fails on any violation. */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment:
        "src/domain is pure TypeScript: no server, web, database or Node I/O. Pass time, settings and data in as arguments.",
      severity: "error",
      from: { path: "^src/domain", pathNot: "\\.test\\.ts$" },
      to: {
        pathNot: ["^src/domain", "^node_modules/temporal-polyfill", "^node_modules/zod"],
      },
    },
    {
      name: "domain-no-node-builtins",
      comment: "src/domain must not use Node built-in modules (fs, net, crypto, …).",
      severity: "error",
      from: { path: "^src/domain" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "shared-is-pure",
      comment:
        "src/shared holds API contracts used by server and web; it imports only domain and zod.",
      severity: "error",
      from: { path: "^src/shared" },
      to: {
        pathNot: [
          "^src/shared",
          "^src/domain",
          "^node_modules/zod",
          "^node_modules/@hono/zod-openapi",
          "^node_modules/temporal-polyfill",
        ],
      },
    },
    {
      name: "widget-is-small",
      comment:
        "The booking widget is its own small bundle (ADR 0013): Preact and its own files; API contracts as types only.",
      severity: "error",
      from: { path: "^src/widget", pathNot: "\\.test\\.ts$" },
      to: {
        pathNot: ["^src/widget", "^node_modules/preact"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "web-not-server",
      comment: "The web app talks to the server over HTTP only; it never imports server code.",
      severity: "error",
      from: { path: "^src/web" },
      to: { path: "^src/(server|cli)" },
    },
    {
      name: "server-not-web",
      severity: "error",
      from: { path: "^src/server" },
      to: { path: "^src/web" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};

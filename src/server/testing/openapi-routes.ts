import type { TestApp } from "./test-app.ts";

export interface ApiRoute {
  method: string;
  /** OpenAPI template, e.g. /api/clients/{id} */
  path: string;
  pathParams: string[];
  hasBody: boolean;
  bodySchema?: JsonSchema;
  querySchema: { name: string; required: boolean; schema: JsonSchema }[];
}

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** Every route in the app's own OpenAPI document, so tests cover routes added later automatically. */
export async function listApiRoutes(t: TestApp): Promise<ApiRoute[]> {
  const doc = (await (await t.request("GET", "/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const routes: ApiRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const params = op.parameters ?? [];
      const body = op.requestBody?.content?.["application/json"]?.schema;
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
        hasBody: Boolean(op.requestBody),
        bodySchema: body,
        querySchema: params
          .filter((p) => p.in === "query")
          .map((p) => ({ name: p.name, required: p.required ?? false, schema: p.schema })),
      });
    }
  }
  return routes;
}

export const fillPath = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? "00000000-0000-4000-8000-000000000000"),
  );

// Checks requests and responses against Atlassian's published Jira Cloud OpenAPI document.
// The document is 2.4 MB: it is parsed and its routes indexed once per process and per path, and
// Ajv compiles each operation's schema only the first time that operation is seen (openapi-backend's
// quick mode), so a request costs a map look-up plus the operation's compiled validators.
import fs from 'node:fs';
import OpenAPIBackend, { type Document, type Request } from 'openapi-backend';
import { addJiraFormats } from './formats';
import { buildRouteTable, type RouteTable } from './route-table';
import { DEFAULT_JIRA_SPEC_PATH } from './spec-path';

export interface ContractRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body?: unknown;
}

export type RequestCheck =
  | { ok: true; operationId: string; pathTemplate: string; params: Record<string, string> }
  | { ok: false; kind: 'unknown-endpoint' | 'contract-violation'; reason: string };

export type ResponseCheck = { ok: true } | { ok: false; reason: string };

export interface OpenApiValidator {
  validateRequest(req: ContractRequest): RequestCheck;
  validateResponse(operationId: string, status: number, body: unknown): ResponseCheck;
}

interface AjvLikeError {
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

interface LoadedDocument {
  backend: OpenAPIBackend;
  routes: RouteTable;
}

const documents = new Map<string, LoadedDocument>();

function documentFor(specPath: string): LoadedDocument {
  const cached = documents.get(specPath);
  if (cached) return cached;
  const backend = backendFor(specPath);
  const loaded = { backend, routes: buildRouteTable(backend.router.getOperations()) };
  documents.set(specPath, loaded);
  return loaded;
}

function backendFor(specPath: string): OpenAPIBackend {
  const definition = JSON.parse(fs.readFileSync(specPath, 'utf8')) as Document;
  // `JsonNode` (entity property values, e.g. in the bulk property set) describes Jackson's Java class,
  // not the JSON Jira accepts: any JSON value is a valid entity property value.
  const schemas = definition.components?.schemas;
  if (schemas?.JsonNode !== undefined) schemas.JsonNode = {};
  const api = new OpenAPIBackend({
    definition,
    // Quick mode skips validating the document itself (Atlassian's has `$ref` siblings the
    // strict OpenAPI meta-schema rejects) and compiles validators lazily.
    quick: true,
    strict: false,
    validate: true,
    ignoreTrailingSlashes: false,
    ajvOpts: { strict: false, logger: false },
    customizeAjv: (ajv) => addJiraFormats(ajv),
  });
  let failure: unknown;
  api.init().catch((error: unknown) => {
    failure = error;
  });
  if (!api.initialized || failure !== undefined) {
    throw new Error(
      `The Jira OpenAPI document at ${specPath} could not be loaded: ${String(failure)}`,
    );
  }
  return api;
}

function describeError(error: AjvLikeError): string {
  const where =
    error.instancePath === '' ? '(root)' : error.instancePath.slice(1).replaceAll('/', '.');
  const extra =
    typeof error.params.additionalProperty === 'string'
      ? ` '${error.params.additionalProperty}'`
      : Array.isArray(error.params.allowedValues)
        ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}`;
}

function describeErrors(errors: readonly AjvLikeError[] | null | undefined): string {
  if (!errors || errors.length === 0) return 'is invalid';
  const unique = [...new Set(errors.map(describeError))];
  return unique.slice(0, 5).join('; ');
}

function hasBody(body: unknown): boolean {
  return body !== undefined;
}

export function createOpenApiValidator(
  specPath: string = DEFAULT_JIRA_SPEC_PATH,
): OpenApiValidator {
  let loaded: LoadedDocument | undefined;
  const load = (): LoadedDocument => {
    loaded ??= documentFor(specPath);
    return loaded;
  };
  return {
    validateRequest(req) {
      const { backend, routes } = load();
      const method = req.method.toLowerCase();
      const headers: Record<string, string> = hasBody(req.body)
        ? { 'content-type': 'application/json' }
        : {};
      const request: Request = {
        method,
        path: req.path,
        query: req.query,
        headers,
        body: req.body,
      };
      const operation = routes.match(method, req.path);
      if (!operation?.operationId) {
        return {
          ok: false,
          kind: 'unknown-endpoint',
          reason: `${req.method} ${req.path} is not an endpoint of the Jira Cloud platform REST API (unknown endpoint)`,
        };
      }
      const { operationId } = operation;
      const result = backend.validateRequest(request, operation);
      if (!result.valid) {
        return {
          ok: false,
          kind: 'contract-violation',
          reason: `${req.method} ${req.path} (${operationId}): ${describeErrors(result.errors)}`,
        };
      }
      const parsed = backend.router.parseRequest(request, operation);
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(parsed.params as Record<string, unknown>)) {
        if (typeof value === 'string') params[name] = value;
      }
      return { ok: true, operationId, pathTemplate: operation.path, params };
    },
    validateResponse(operationId, status, body) {
      const { backend, routes } = load();
      const operation = routes.byId(operationId);
      if (!operation) {
        return { ok: false, reason: `unknown operation ${operationId}` };
      }
      const result = backend.validateResponse(body, operation, status);
      if (result.valid) return { ok: true };
      return {
        ok: false,
        reason: `${operationId} ${status} response: ${describeErrors(result.errors)}`,
      };
    },
  };
}

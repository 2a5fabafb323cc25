// Forge hosted storage (KVS, secrets, custom entities, batches, transactions) speaking the protocol @forge/kvs uses.
import { z } from 'zod';

export const KVS_LIMITS = {
  keyMaxLength: 500,
  valueMaxBytes: 240 * 1024,
  valueMaxDepth: 32,
  transactionMaxOperations: 25,
  queryMaxLimit: 100,
  queryDefaultLimit: 10,
} as const;

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const ENTITY_NAME_PATTERN = /^(?![.-])(?!.*\.{2})[a-z0-9:\-.]*(?<![.])$/;

export interface KvsResponse {
  status: number;
  body?: unknown;
}

interface StoredItem {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireAt?: number;
}

export interface EntityIndex {
  name: string;
  range: string[];
  partition: string[];
}

const metadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'])).optional();
const ttl = z.object({
  value: z.number().int().positive(),
  unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']),
});
const setOptions = z
  .object({
    ttl: ttl.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: metadataFields,
  })
  .optional();
const getRequest = z.object({
  key: z.string(),
  entityName: z.string().optional(),
  options: z.object({ metadataFields }).optional(),
});
const setRequest = z.object({
  key: z.string(),
  value: z.unknown(),
  entityName: z.string().optional(),
  options: setOptions,
});
const deleteRequest = z.object({ key: z.string(), entityName: z.string().optional() });
const condition = z.object({
  property: z.string().optional(),
  condition: z.enum([
    'BEGINS_WITH',
    'BETWEEN',
    'CONTAINS',
    'EQUAL_TO',
    'EXISTS',
    'GREATER_THAN',
    'GREATER_THAN_EQUAL_TO',
    'LESS_THAN',
    'LESS_THAN_EQUAL_TO',
    'NOT_CONTAINS',
    'NOT_EQUAL_TO',
    'NOT_EXISTS',
  ]),
  values: z.array(z.unknown()),
});
type Condition = z.infer<typeof condition>;
const filters = z.object({ and: z.array(condition).optional(), or: z.array(condition).optional() });
type Filters = z.infer<typeof filters>;
const queryRequest = z.object({
  limit: z.number().int().optional(),
  after: z.string().optional(),
  where: z.array(condition).optional(),
  options: z.object({ metadataFields }).optional(),
});
const entityQueryRequest = z.object({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: condition.optional(),
  filters: filters.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  cursor: z.string().optional(),
  limit: z.number().int().optional(),
  options: z.object({ metadataFields }).optional(),
});
const transactionRequest = z.object({
  set: z
    .array(
      z.object({
        key: z.string(),
        value: z.unknown(),
        entityName: z.string().optional(),
        conditions: filters.optional(),
        options: z.object({ ttl: ttl.optional() }).optional(),
      }),
    )
    .optional(),
  delete: z
    .array(
      z.object({
        key: z.string(),
        entityName: z.string().optional(),
        conditions: filters.optional(),
      }),
    )
    .optional(),
  check: z
    .array(z.object({ key: z.string(), entityName: z.string(), conditions: filters }))
    .optional(),
});
const batchItems = z.array(
  z.object({
    key: z.string(),
    value: z.unknown().optional(),
    entityName: z.string().optional(),
    options: z.unknown().optional(),
  }),
);

const error = (status: number, code: string, message: string): KvsResponse => ({
  status,
  body: { code, message },
});

class KvsError extends Error {
  constructor(readonly response: KvsResponse) {
    super(JSON.stringify(response.body));
  }
}
const fail = (status: number, code: string, message: string): never => {
  throw new KvsError(error(status, code, message));
};

function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return 1 + children.reduce<number>((max, child) => Math.max(max, depth(child)), 0);
}

function checkKey(key: string): void {
  if (key.length === 0) fail(400, 'KEY_TOO_SHORT', 'The key must not be empty.');
  if (key.length > KVS_LIMITS.keyMaxLength)
    fail(400, 'KEY_TOO_LONG', `The key exceeds ${String(KVS_LIMITS.keyMaxLength)} characters.`);
  if (!KEY_PATTERN.test(key))
    fail(400, 'INVALID_KEY', `The key '${key}' does not match /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/.`);
}

function checkValue(value: unknown): void {
  if (value === undefined) fail(400, 'BAD_REQUEST', 'A value is required.');
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > KVS_LIMITS.valueMaxBytes) {
    fail(
      400,
      'MAX_SIZE',
      `The value is ${String(bytes)} bytes; Forge storage allows ${String(KVS_LIMITS.valueMaxBytes)} (240 KiB).`,
    );
  }
  if (depth(value) > KVS_LIMITS.valueMaxDepth)
    fail(400, 'MAX_DEPTH', 'The value exceeds the maximum object depth (32).');
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function matches(actual: unknown, c: Condition): boolean {
  const [first, second] = c.values;
  switch (c.condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual !== undefined && actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return (
        (typeof actual === 'string' && actual.includes(String(first))) ||
        (Array.isArray(actual) && actual.includes(first))
      );
    case 'NOT_CONTAINS':
      return !(
        (typeof actual === 'string' && actual.includes(String(first))) ||
        (Array.isArray(actual) && actual.includes(first))
      );
    case 'GREATER_THAN':
      return actual !== undefined && compare(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return actual !== undefined && compare(actual, first) >= 0;
    case 'LESS_THAN':
      return actual !== undefined && compare(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return actual !== undefined && compare(actual, first) <= 0;
    case 'BETWEEN':
      return actual !== undefined && compare(actual, first) >= 0 && compare(actual, second) <= 0;
    default: {
      const _exhaustive: never = c.condition;
      return _exhaustive;
    }
  }
}

function attribute(value: unknown, property: string | undefined): unknown {
  if (property === undefined || typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[property];
}

function satisfies(value: unknown, conditions: Filters | undefined): boolean {
  if (conditions === undefined) return true;
  const test = (c: Condition): boolean => matches(attribute(value, c.property), c);
  if (conditions.and !== undefined && conditions.or !== undefined) {
    fail(
      400,
      'INVALID_FILTER_OPERATORS_COMBINATION',
      'Filter operators "and" and "or" cannot be present at the same level.',
    );
  }
  if (conditions.and !== undefined) return conditions.and.every(test);
  if (conditions.or !== undefined) return conditions.or.some(test);
  return fail(400, 'EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
}

const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

const TTL_SECONDS = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 } as const;

export interface KvsState {
  values: Array<[string, StoredItem]>;
  secrets: Array<[string, StoredItem]>;
  entities: Array<[string, Array<[string, StoredItem]>]>;
}

const storedItem = z.object({
  value: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  expireAt: z.number().optional(),
});
const kvsStateSchema = z.object({
  values: z.array(z.tuple([z.string(), storedItem])),
  secrets: z.array(z.tuple([z.string(), storedItem])),
  entities: z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), storedItem]))])),
});

/**
 * Forge deletes a value whose TTL has passed only eventually ("deletion may take up to 48 hours"):
 * until then it is still read, listed, and blocks a FAIL_IF_EXISTS write. The emulator keeps it for
 * the worst case by default, so an app that trusts TTL for mutual exclusion is caught.
 */
export const EXPIRED_LINGER_MAX_MS = 48 * 60 * 60 * 1000;

export class KvsStore {
  private values = new Map<string, StoredItem>();
  private secrets = new Map<string, StoredItem>();
  private entities = new Map<string, Map<string, StoredItem>>();
  private expiredLingerMs = EXPIRED_LINGER_MAX_MS;

  constructor(
    private readonly now: () => Date,
    private readonly indexes: ReadonlyMap<string, EntityIndex[]> = new Map(),
  ) {}

  /** How long (on the emulator's clock) an expired value stays visible: 0 to 48 h; 0 deletes at expiry. */
  setExpiredLinger(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > EXPIRED_LINGER_MAX_MS)
      throw new Error(
        `Forge emulator: an expired value lingers between 0 and ${String(EXPIRED_LINGER_MAX_MS)} ms, not ${String(ms)}`,
      );
    this.expiredLingerMs = ms;
  }

  get expiredLinger(): number {
    return this.expiredLingerMs;
  }

  clear(): void {
    this.values.clear();
    this.secrets.clear();
    this.entities.clear();
  }

  exportState(): KvsState {
    return {
      values: [...this.values],
      secrets: [...this.secrets],
      entities: [...this.entities].map(([name, items]) => [name, [...items]]),
    };
  }

  importState(state: unknown): void {
    const parsed = kvsStateSchema.parse(state);
    this.values = new Map(parsed.values);
    this.secrets = new Map(parsed.secrets);
    this.entities = new Map(parsed.entities.map(([name, items]) => [name, new Map(items)]));
  }

  /** Answers one @forge/kvs request (`/api/v1/...`). Limit breaches answer 400 with Forge's error codes. */
  handle(path: string, body: unknown): KvsResponse {
    try {
      return this.route(path, body);
    } catch (e) {
      if (e instanceof KvsError) return e.response;
      if (e instanceof z.ZodError)
        return error(400, 'BAD_REQUEST', `Provided request body is invalid: ${e.message}`);
      throw e;
    }
  }

  private nowMs(): number {
    return this.now().getTime();
  }

  private namespace(
    kind: 'values' | 'secrets' | 'entity',
    entityName?: string,
  ): Map<string, StoredItem> {
    if (kind === 'values') return this.values;
    if (kind === 'secrets') return this.secrets;
    if (entityName === undefined) return fail(400, 'BAD_REQUEST', 'entityName is required.');
    if (entityName.length < 3 || entityName.length > 60 || !ENTITY_NAME_PATTERN.test(entityName)) {
      fail(400, 'INVALID_ENTITY_TYPE', `Invalid entity name '${entityName}'.`);
    }
    let items = this.entities.get(entityName);
    if (items === undefined) {
      items = new Map();
      this.entities.set(entityName, items);
    }
    return items;
  }

  /** The stored item, including an expired one Forge has not deleted yet (see EXPIRED_LINGER_MAX_MS). */
  private live(items: Map<string, StoredItem>, key: string): StoredItem | undefined {
    const item = items.get(key);
    if (item?.expireAt !== undefined && item.expireAt + this.expiredLingerMs <= this.nowMs()) {
      items.delete(key);
      return undefined;
    }
    return item;
  }

  private view(
    key: string,
    item: StoredItem,
    fields: string[] | undefined,
    entityName?: string,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = { key, value: item.value };
    if (entityName !== undefined) out.entityName = entityName;
    const all = fields === undefined;
    if (all || fields.includes('CREATED_AT')) out.createdAt = item.createdAt;
    if (all || fields.includes('UPDATED_AT')) out.updatedAt = item.updatedAt;
    if (item.expireAt !== undefined && (all || fields.includes('EXPIRE_TIME')))
      out.expireTime = new Date(item.expireAt).toISOString();
    return out;
  }

  private write(
    items: Map<string, StoredItem>,
    key: string,
    value: unknown,
    ttlOption?: z.infer<typeof ttl>,
  ): StoredItem {
    checkKey(key);
    checkValue(value);
    const seconds = Math.floor(this.nowMs() / 1000);
    const previous = this.live(items, key);
    const item: StoredItem = {
      value: structuredClone(value),
      createdAt: previous?.createdAt ?? seconds,
      updatedAt: seconds,
      ...(ttlOption
        ? { expireAt: this.nowMs() + ttlOption.value * TTL_SECONDS[ttlOption.unit] * 1000 }
        : {}),
    };
    items.set(key, item);
    return item;
  }

  private route(path: string, body: unknown): KvsResponse {
    const op = path.replace(/^\/api\/v1\//, '');
    switch (op) {
      case 'get':
        return this.get('values', body);
      case 'secret/get':
        return this.get('secrets', body);
      case 'entity/get':
        return this.get('entity', body);
      case 'set':
        return this.set('values', body);
      case 'secret/set':
        return this.set('secrets', body);
      case 'entity/set':
        return this.set('entity', body);
      case 'delete':
      case 'secret/delete':
      case 'entity/delete': {
        const req = deleteRequest.parse(body);
        checkKey(req.key);
        const kind = op === 'delete' ? 'values' : op === 'secret/delete' ? 'secrets' : 'entity';
        this.namespace(kind, req.entityName).delete(req.key);
        return { status: 204 };
      }
      case 'query':
        return this.query(body);
      case 'entity/query':
        return this.queryEntity(body);
      case 'batch/set':
        return this.batch('set', body);
      case 'batch/get':
        return this.batch('get', body);
      case 'batch/delete':
        return this.batch('delete', body);
      case 'transaction':
        return this.transact(body);
      default:
        return error(404, 'NOT_FOUND', `The emulator's KVS has no operation ${path}`);
    }
  }

  private get(kind: 'values' | 'secrets' | 'entity', body: unknown): KvsResponse {
    const req = getRequest.parse(body);
    checkKey(req.key);
    const item = this.live(this.namespace(kind, req.entityName), req.key);
    if (item === undefined) return error(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
    return {
      status: 200,
      body: this.view(req.key, item, req.options?.metadataFields ?? [], req.entityName),
    };
  }

  private set(kind: 'values' | 'secrets' | 'entity', body: unknown): KvsResponse {
    const req = setRequest.parse(body);
    const items = this.namespace(kind, req.entityName);
    const previous = this.live(items, req.key);
    if (req.options?.keyPolicy === 'FAIL_IF_EXISTS' && previous !== undefined) {
      return error(409, 'KEY_ALREADY_EXISTS', `The key '${req.key}' already exists.`);
    }
    const written = this.write(items, req.key, req.value, req.options?.ttl);
    const returnValue = req.options?.returnValue;
    if (returnValue === undefined) return { status: 204 };
    const shown = returnValue === 'PREVIOUS' ? previous : written;
    if (shown === undefined) return { status: 204 };
    return {
      status: 200,
      body: this.view(req.key, shown, req.options?.returnMetadataFields ?? [], req.entityName),
    };
  }

  private query(body: unknown): KvsResponse {
    const req = queryRequest.parse(body);
    const limit = req.limit ?? KVS_LIMITS.queryDefaultLimit;
    if (limit < 1 || limit > KVS_LIMITS.queryMaxLimit)
      fail(400, 'QUERY_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100.');
    const where = req.where ?? [];
    for (const w of where) {
      if (w.property !== 'key' || w.condition !== 'BEGINS_WITH')
        fail(400, 'BAD_REQUEST', 'KVS queries support only where key BEGINS_WITH.');
    }
    const after = req.after === undefined ? undefined : decodeCursor(req.after);
    const keys = [...this.values.keys()]
      .filter((key) => this.live(this.values, key) !== undefined)
      .filter((key) => where.every((w) => key.startsWith(String(w.values[0]))))
      .filter((key) => after === undefined || key > after)
      .sort();
    const page = keys.slice(0, limit);
    const data = page.map((key) => {
      const item = this.values.get(key) as StoredItem;
      return this.view(key, item, req.options?.metadataFields ?? []);
    });
    const last = page[page.length - 1];
    return {
      status: 200,
      body: {
        data,
        ...(keys.length > limit && last !== undefined ? { cursor: encodeCursor(last) } : {}),
      },
    };
  }

  private queryEntity(body: unknown): KvsResponse {
    const req = entityQueryRequest.parse(body);
    const index = this.indexes.get(req.entityName)?.find((i) => i.name === req.indexName);
    if (index === undefined) {
      return error(
        400,
        'INVALID_ENTITY_INDEX',
        `Entity '${req.entityName}' has no index '${req.indexName}' in manifest.yml (app.storage.entities).`,
      );
    }
    const limit = req.limit ?? KVS_LIMITS.queryDefaultLimit;
    if (limit < 1 || limit > KVS_LIMITS.queryMaxLimit)
      fail(
        400,
        'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
        'The page limit must be set between 1 and 100.',
      );
    const items = this.namespace('entity', req.entityName);
    const rangeAttr = index.range[0];
    const rows = [...items.keys()]
      .map((key) => [key, this.live(items, key)] as const)
      .filter((row): row is readonly [string, StoredItem] => row[1] !== undefined)
      .filter(([, item]) =>
        index.partition.every((attr, i) => attribute(item.value, attr) === req.partition?.[i]),
      )
      .filter(([, item]) => index.range.every((attr) => attribute(item.value, attr) !== undefined))
      .filter(
        ([, item]) =>
          req.range === undefined || matches(attribute(item.value, rangeAttr), req.range),
      )
      .filter(([, item]) => satisfies(item.value, req.filters))
      .sort(
        ([ka, a], [kb, b]) =>
          compare(attribute(a.value, rangeAttr), attribute(b.value, rangeAttr)) || compare(ka, kb),
      );
    if (req.sort === 'DESC') rows.reverse();
    const after = req.cursor === undefined ? undefined : decodeCursor(req.cursor);
    const start = after === undefined ? 0 : rows.findIndex(([key]) => key === after) + 1;
    const page = rows.slice(start, start + limit);
    const last = page[page.length - 1];
    return {
      status: 200,
      body: {
        data: page.map(([key, item]) => this.view(key, item, req.options?.metadataFields ?? [])),
        ...(start + limit < rows.length && last !== undefined
          ? { cursor: encodeCursor(last[0]) }
          : {}),
      },
    };
  }

  private batch(op: 'set' | 'get' | 'delete', body: unknown): KvsResponse {
    const items = batchItems.parse(body);
    const successfulKeys: unknown[] = [];
    const failedKeys: unknown[] = [];
    for (const item of items) {
      const kind = item.entityName === undefined ? 'values' : 'entity';
      const target = {
        key: item.key,
        ...(item.entityName === undefined ? {} : { entityName: item.entityName }),
      };
      try {
        const ns = this.namespace(kind, item.entityName);
        if (op === 'set') {
          this.write(ns, item.key, item.value);
          successfulKeys.push(target);
        } else if (op === 'delete') {
          checkKey(item.key);
          ns.delete(item.key);
          successfulKeys.push(target);
        } else {
          checkKey(item.key);
          const found = this.live(ns, item.key);
          if (found === undefined)
            failedKeys.push({
              ...target,
              error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' },
            });
          else successfulKeys.push({ ...this.view(item.key, found, undefined, item.entityName) });
        }
      } catch (e) {
        if (!(e instanceof KvsError)) throw e;
        const err = e.response.body as { code: string; message: string };
        failedKeys.push({ ...target, error: err });
      }
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private transact(body: unknown): KvsResponse {
    const req = transactionRequest.parse(body);
    const sets = req.set ?? [];
    const deletes = req.delete ?? [];
    const checks = req.check ?? [];
    const count = sets.length + deletes.length + checks.length;
    if (count === 0)
      return error(400, 'BAD_REQUEST', 'A transaction needs at least one operation.');
    if (count > KVS_LIMITS.transactionMaxOperations) {
      return error(
        400,
        'TOO_MANY_OPERATIONS',
        `A transaction can contain at most ${String(KVS_LIMITS.transactionMaxOperations)} operations; this one has ${String(count)}.`,
      );
    }
    const seen = new Set<string>();
    for (const op of [...sets, ...deletes, ...checks]) {
      checkKey(op.key);
      const id = `${op.entityName ?? ''}\u0000${op.key}`;
      if (seen.has(id))
        return error(
          400,
          'DUPLICATE_KEY',
          `Each key can only be used once in a transaction ('${op.key}').`,
        );
      seen.add(id);
    }
    for (const op of sets) checkValue(op.value);
    // Conditions are evaluated against the state before any write: all-or-nothing.
    const current = (entityName: string | undefined, key: string): unknown =>
      this.live(this.namespace(entityName === undefined ? 'values' : 'entity', entityName), key)
        ?.value;
    const failed: string[] = [];
    for (const op of [...sets, ...deletes]) {
      if (op.conditions !== undefined && op.entityName === undefined)
        fail(400, 'BAD_REQUEST', 'Conditions apply only to custom entities.');
      if (!satisfies(current(op.entityName, op.key), op.conditions)) failed.push(op.key);
    }
    for (const op of checks) {
      const value = current(op.entityName, op.key);
      if (value === undefined || !satisfies(value, op.conditions)) failed.push(op.key);
    }
    if (failed.length > 0) {
      return {
        status: 409,
        body: {
          code: 'CONDITIONAL_CHECK_FAILED',
          message: `Transaction cancelled: conditions failed for ${failed.join(', ')}`,
          keys: failed,
        },
      };
    }
    for (const op of sets)
      this.write(
        this.namespace(op.entityName === undefined ? 'values' : 'entity', op.entityName),
        op.key,
        op.value,
        op.options?.ttl,
      );
    for (const op of deletes)
      this.namespace(op.entityName === undefined ? 'values' : 'entity', op.entityName).delete(
        op.key,
      );
    return { status: 204 };
  }
}

/** Reads `app.storage.entities` index declarations from the raw manifest value. */
export function entityIndexes(storage: unknown): Map<string, EntityIndex[]> {
  const out = new Map<string, EntityIndex[]>();
  const parsed = z
    .object({
      entities: z
        .array(
          z.object({
            name: z.string(),
            indexes: z
              .array(
                z.union([
                  z.string(),
                  z.object({
                    name: z.string(),
                    range: z.array(z.string()).min(1),
                    partition: z.array(z.string()).optional(),
                  }),
                ]),
              )
              .optional(),
          }),
        )
        .optional(),
    })
    .optional()
    .parse(storage);
  for (const entity of parsed?.entities ?? []) {
    out.set(
      entity.name,
      (entity.indexes ?? []).map((i) =>
        typeof i === 'string'
          ? { name: i, range: [i], partition: [] }
          : { name: i.name, range: i.range, partition: i.partition ?? [] },
      ),
    );
  }
  return out;
}

// Entity property rules Jira enforces on issue properties.
import type { Problems } from './issue-input';
import { isRecord, stringField } from './values';

const MAX_KEY_LENGTH = 255;
export const MAX_VALUE_BYTES = 32768;

export type PropertyCheck = { ok: true } | { ok: false; status: number; message: string };

export function checkPropertyKey(key: string): PropertyCheck {
  if (key.length === 0)
    return { ok: false, status: 400, message: 'The property key cannot be empty.' };
  if (key.length > MAX_KEY_LENGTH) {
    return {
      ok: false,
      status: 400,
      message: `The property key cannot be longer than ${MAX_KEY_LENGTH} characters.`,
    };
  }
  return { ok: true };
}

export function checkPropertyValue(key: string, value: unknown): PropertyCheck {
  if (value === undefined)
    return { ok: false, status: 400, message: 'The property value must be valid, non-empty JSON.' };
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > MAX_VALUE_BYTES) {
    return {
      ok: false,
      status: 400,
      message: `The value of the property '${key}' is ${bytes} bytes; the maximum is ${MAX_VALUE_BYTES} bytes.`,
    };
  }
  return { ok: true };
}

// The `properties` list of a create or edit body.
export function readPropertyList(
  value: unknown,
  problems: Problems,
): Array<{ key: string; value: unknown }> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.errorMessages.push('properties must be an array of { key, value }.');
    return [];
  }
  const properties: Array<{ key: string; value: unknown }> = [];
  for (const entry of value) {
    const key = isRecord(entry) ? stringField(entry, 'key') : undefined;
    if (!isRecord(entry) || key === undefined) {
      problems.errorMessages.push('Each property needs a key and a value.');
      continue;
    }
    const keyCheck = checkPropertyKey(key);
    const valueCheck = checkPropertyValue(key, entry.value);
    if (!keyCheck.ok) problems.errorMessages.push(keyCheck.message);
    else if (!valueCheck.ok) problems.errorMessages.push(valueCheck.message);
    else properties.push({ key, value: entry.value });
  }
  return properties;
}

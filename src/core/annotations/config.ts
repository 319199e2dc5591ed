import Ajv from 'ajv';
import configSchema from '../../../schemas/schema-config.schema.json';
import { DEFAULT_SCHEMA_CONFIG } from './defaults';
import type { AnnotationSchemaConfig, SidecarError } from './types';
import { parseJsonWithLocation, schemaErrorToSidecarError } from './json-errors';

/** What `.sorot/schema.json` may contain: every key optional, missing keys keep the defaults. */
export type SchemaConfigFile = Partial<Omit<AnnotationSchemaConfig, 'guidelines'>> & {
  schemaVersion?: 1;
  guidelines?: Partial<AnnotationSchemaConfig['guidelines']>;
};

export interface LoadedSchemaConfig {
  config: AnnotationSchemaConfig;
  /** Set when the file was unusable; `config` is then the defaults and the file is left alone. */
  error?: SidecarError;
}

let validateConfig: ReturnType<Ajv['compile']> | undefined;

/** Parses the workspace file's text and merges it over the defaults. */
export function loadSchemaConfig(text: string | undefined): LoadedSchemaConfig {
  if (text === undefined) return { config: DEFAULT_SCHEMA_CONFIG };
  const parsed = parseJsonWithLocation(text);
  if (!parsed.ok) return { config: DEFAULT_SCHEMA_CONFIG, error: parsed.error };
  validateConfig ??= new Ajv({ allErrors: true }).compile(configSchema);
  if (!validateConfig(parsed.value)) {
    const first = validateConfig.errors?.[0];
    return {
      config: DEFAULT_SCHEMA_CONFIG,
      error: first
        ? schemaErrorToSidecarError(text, first)
        : { kind: 'schema', message: 'schema.json does not match its schema' },
    };
  }
  return { config: mergeSchemaConfig(DEFAULT_SCHEMA_CONFIG, parsed.value as SchemaConfigFile) };
}

/** Later layers win key by key (defaults < workspace file < user settings). */
export function mergeSchemaConfig(base: AnnotationSchemaConfig, override: SchemaConfigFile): AnnotationSchemaConfig {
  return {
    stanceTargets: dedupe(override.stanceTargets ?? base.stanceTargets),
    allowFreeStanceTargets: override.allowFreeStanceTargets ?? base.allowFreeStanceTargets,
    sourceTypes: dedupe(override.sourceTypes ?? base.sourceTypes),
    labels: dedupe(override.labels ?? base.labels),
    guidelines: { ...base.guidelines, ...override.guidelines },
  };
}

/** Whether `target` is acceptable for a stance under this configuration. */
export function isAllowedStanceTarget(config: AnnotationSchemaConfig, target: string): boolean {
  if (target.trim() === '') return false;
  return config.allowFreeStanceTargets || config.stanceTargets.includes(target);
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

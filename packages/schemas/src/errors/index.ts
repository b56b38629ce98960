export type {
  CliErrorCode,
  ConformanceErrorCode,
  ElanErrorCode,
  ElanErrorOptions,
  FixturesErrorCode,
  ReporterErrorCode,
  RulesErrorCode,
  SchemaPackageErrorCode,
  SimulatorErrorCode,
} from './elan-error.js';
export { ElanError } from './elan-error.js';
export type { SchemaPackageErrorOptions } from './schemas-error.js';
export { isSchemaPackageError, SchemaPackageError } from './schemas-error.js';

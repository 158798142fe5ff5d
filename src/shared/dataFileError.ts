/**
 * Thrown when a data file (scenes/*.json) is invalid: names the file, the JSON path of the bad
 * field and what was expected, so whoever edits the data can fix it without reading code.
 */
export class DataFileError extends Error {
  /** The file the data came from, as given to the parser. */
  readonly file: string;
  /** JSON path of the bad field, e.g. `kiosks[2].position[1]`. */
  readonly path: string;
  /** What the field should have been. */
  readonly expected: string;

  constructor(file: string, path: string, expected: string, actual: unknown) {
    super(`${file}: ${path || '(root)'}: expected ${expected}, got ${describeValue(actual)}`);
    this.name = 'DataFileError';
    this.file = file;
    this.path = path;
    this.expected = expected;
  }
}

/** Short description of a bad value for error messages (never the whole object). */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

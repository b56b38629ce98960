/** The parts of a multipart/form-data body: field values as text, files by name and size (no content). */
export interface MultipartSummary {
  readonly fields: Record<string, string>;
  readonly files: Array<{ field: string; filename: string; contentType?: string; bytes: number }>;
}

/** A multipart body with its file contents (for the data guard, which reads them). */
export interface MultipartParts {
  readonly fields: Record<string, string>;
  readonly files: Array<{ field: string; filename: string; contentType?: string; content: Uint8Array }>;
}

/** Splits a multipart/form-data body into field values and files with their bytes. */
export function parseMultipart(body: Uint8Array, contentType: string): MultipartParts | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  const text = Buffer.from(body).toString('latin1');
  const parts: MultipartParts = { fields: {}, files: [] };
  for (const part of text.split(`--${marker}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    if (filename !== undefined) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim();
      parts.files.push({
        field: name,
        filename: Buffer.from(filename, 'latin1').toString('utf8'),
        ...(type ? { contentType: type } : {}),
        content: Buffer.from(content, 'latin1'),
      });
    } else {
      parts.fields[name] = Buffer.from(content, 'latin1').toString('utf8');
    }
  }
  return parts;
}

/** Reads a multipart body just far enough to see field values and file names (for evidence). */
export function summarizeMultipart(body: Uint8Array, contentType: string): MultipartSummary | undefined {
  const parts = parseMultipart(body, contentType);
  if (!parts) return undefined;
  return {
    fields: parts.fields,
    files: parts.files.map(({ content, ...file }) => ({ ...file, bytes: content.length })),
  };
}

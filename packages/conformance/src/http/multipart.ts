/** The parts of a multipart/form-data body: field values as text, files by name and size (no content). */
export interface MultipartSummary {
  readonly fields: Record<string, string>;
  readonly files: Array<{ field: string; filename: string; contentType?: string; bytes: number }>;
}

/** Reads a multipart body just far enough to see field values and file names (for evidence and the data guard). */
export function summarizeMultipart(body: Uint8Array, contentType: string): MultipartSummary | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  const text = Buffer.from(body).toString('latin1');
  const summary: MultipartSummary = { fields: {}, files: [] };
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
      summary.files.push({
        field: name,
        filename: Buffer.from(filename, 'latin1').toString('utf8'),
        ...(type ? { contentType: type } : {}),
        bytes: Buffer.byteLength(content, 'latin1'),
      });
    } else {
      summary.fields[name] = Buffer.from(content, 'latin1').toString('utf8');
    }
  }
  return summary;
}

/** Index just past the string literal that starts at `start` (a `"`). */
function skipString(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

function removeComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    if (char === '"') {
      const end = skipString(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (char === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 ? text.length : close + 2;
      out += text.slice(i, end).replace(/[^\n]/g, ' ');
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

function removeTrailingCommas(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      const end = skipString(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (char === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j] ?? '')) j++;
      if (text[j] === '}' || text[j] === ']') {
        out += ' ';
        i++;
        continue;
      }
    }
    out += char;
    i++;
  }
  return out;
}

/**
 * Turns JSONC (`//` and block comments, trailing commas) into JSON, leaving strings untouched and keeping
 * line breaks so parse-error positions stay right. Used for `elan-kit.config.jsonc`.
 */
export function stripJsonComments(text: string): string {
  return removeTrailingCommas(removeComments(text));
}

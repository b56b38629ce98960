import { appendPointer, parsePointer, pointerFrom } from '../primitives/json-pointer.js';

/**
 * Remembers the properties tolerant mode renamed in its working copy, so that pointers into the working copy
 * can be reported as pointers into the document the user sent.
 */
export class PointerMap {
  /** working pointer of a renamed property → its original name */
  private readonly renamed = new Map<string, string>();

  recordRename(parentPointer: string, originalName: string, newName: string): void {
    this.renamed.set(appendPointer(parentPointer, newName), originalName);
  }

  toOriginal(workingPointer: string): string {
    if (this.renamed.size === 0) return workingPointer;
    const tokens = parsePointer(workingPointer);
    if (!tokens) return workingPointer;
    const original = [...tokens];
    for (let i = 0; i < tokens.length; i++) {
      const name = this.renamed.get(pointerFrom(tokens.slice(0, i + 1)));
      if (name !== undefined) original[i] = name;
    }
    return pointerFrom(original);
  }
}

/**
 * `list` with `item` appended, the list made on the first item: rules that find nothing allocate nothing.
 * (A `??=` inside the push would say the same, but the linter refuses assignments inside expressions.)
 */
export function appended<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}

/** How the library page writes dates and counts for a reader. Pure. */

export function dayLabel(time: number): string {
  return new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

const KIND_LABEL: Record<string, string> = {
  person: 'person',
  organisation: 'organisation',
  document: 'document',
  unnamed: 'unnamed source',
  unknown: 'no speaker given',
};

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

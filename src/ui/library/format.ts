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

/**
 * The engine's source roles as a reader reads them. The sidebar will show roles as chips of its own; until one
 * presentation module holds these labels, the library keeps them here.
 */
const ROLE_LABEL: Record<string, string> = {
  official: 'Government or official',
  politician: 'Politician',
  justice: 'Police, military or justice',
  expert: 'Expert or academic',
  business: 'Business',
  advocacy: 'Advocacy, NGO or union',
  media: 'Media or journalist',
  citizen: 'Citizen, witness or affected',
  document: 'Document',
  unnamed: 'Unnamed source',
  unknown: 'Role unknown',
};

export function roleLabel(role: string): string {
  return ROLE_LABEL[role] ?? role;
}

/** The roles of domain.md §3; ids are ASCII-folded Swedish. */
export const ROLES = [
  'medarbetare',
  'enhetschef',
  'verksamhetschef',
  'sas',
  'forvaltningschef',
  'processagare',
  'skyddsombud',
  'mas',
  'administrator',
] as const;

export type RoleId = (typeof ROLES)[number];

export const ROLE_TITLES: Record<RoleId, string> = {
  medarbetare: 'medarbetare',
  enhetschef: 'enhetschef',
  verksamhetschef: 'verksamhetschef',
  sas: 'SAS',
  forvaltningschef: 'förvaltningschef',
  processagare: 'processägare',
  skyddsombud: 'skyddsombud',
  mas: 'MAS',
  administrator: 'administratör',
};

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

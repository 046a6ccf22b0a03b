import { randomBytes } from 'node:crypto';

/** An id from a name: `enhet:familjehemsenheten-3f2a` (readable in logs, unique by its suffix). */
export function newId(prefix: string, namn: string): string {
  const slug = namn
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${prefix}:${slug || 'ny'}-${randomBytes(2).toString('hex')}`;
}

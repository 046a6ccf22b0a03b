import { REGISTRY } from './packs';

// Left for the two readers not yet handed the registry (src/api/access.ts, src/server/access/redactRapportor.ts).
export { REGISTRY };
export const packOf = REGISTRY.packOf;

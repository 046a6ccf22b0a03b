import type { LegalSkeleton } from '../engine/legal/LegalSkeleton';
import { REGISTRY } from './packs';

type ProcessType = (typeof REGISTRY.packs)[number]['type'];

export { REGISTRY };

export const PROCESS_TYPES = REGISTRY.types as readonly ProcessType[];
export const packOf = REGISTRY.packOf;
export const SKELETONS = REGISTRY.skeletons as Readonly<Record<ProcessType, LegalSkeleton>>;
export const COUNTED_PROCESSES = REGISTRY.counted;
export const REPORT_LABELS = REGISTRY.reportLabels;
export const HANDELSE_FIELDS = REGISTRY.handelseFields;
export const PLAN_FIELDS = REGISTRY.planFields;
export const LINK_OPENINGS = REGISTRY.linkOpenings;
export const LINK_TITLES = REGISTRY.linkTitles;
export const openingOf = REGISTRY.openingOf;
export const PRINT_DOCUMENTS = REGISTRY.printDocuments;

import { DexieEventStore } from '../../src/adapters/dexie/DexieEventStore';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { eventStoreContract } from './eventStoreContract';

let n = 0;
eventStoreContract('in-memory', () => new MemoryEventStore());
eventStoreContract('Dexie (fake-indexeddb)', () => new DexieEventStore(`kontrakt-${Date.now()}-${n++}`));

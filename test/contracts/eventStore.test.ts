import { DexieEventStore } from '../support/DexieEventStore';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { eventStoreContract } from './eventStoreContract';

let n = 0;
eventStoreContract('in-memory', () => new MemoryEventStore());
eventStoreContract('Dexie (fake-indexeddb)', () => new DexieEventStore(`kontrakt-${Date.now()}-${n++}`));

import type { Organisation } from '../engine/index';

/** A process's title from its newest published definition (a process owner may rename it); the type when none is published. */
export const processTitle = (registry: { latest(type: string): { definition: { title: string } } | undefined }, type: string) =>
  registry.latest(type)?.definition.title ?? type;

export const enhetName = (org: Organisation, id: string) => org.enheter.find((e) => e.id === id)?.namn ?? id;

/** Short, readable ärende number from its id (ids are `arende:<random>`). */
export const arendeNumber = (id: string) =>
  id
    .replace(/^arende:/, '')
    .slice(0, 8)
    .toUpperCase();

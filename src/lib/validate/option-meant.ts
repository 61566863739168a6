/** The option a component's unknown option was meant as: another name for it, or a typo of it. */
import { nearestName } from '../edit-distance.ts';

/**
 * Options written as another name of one a component takes, which no typo measure reaches (`ids` is one letter from
 * `id`, but `id` is too short for a typo): the option meant, by component.
 */
const optionAliases: Record<string, Record<string, string>> = {
  Fact: { data: 'dataset', datasets: 'dataset', dataid: 'dataset', col: 'column', value: 'column', key: 'row' },
  Cite: { ids: 'id', source: 'id', sources: 'id', src: 'id', ref: 'id', refs: 'id', cite: 'id', sourceid: 'id' },
  Response: { by: 'from', author: 'from', who: 'from', on: 'date', when: 'date' },
};

/** The option of `known` that `name` is an alias (optionAliases) or a typo (nearestName) of, if one. */
export function optionMeant(component: string, name: string, known: readonly string[]): string | undefined {
  return optionAliases[component]?.[name.toLowerCase().replace(/[-_\s]/g, '')] ?? nearestName(name, known);
}

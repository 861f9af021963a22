import {
  namesOf,
  type EntitiesFile,
  type Entity,
  type EntityTypeName,
} from '../../common/model/entity.ts';
import { newEntityId } from '../../common/model/ids.ts';
import { comparableName } from '../suggest/span-cleanup.ts';
import { acronymOf, coreOfName, coresOfName, initials } from './duplicate-entities.ts';

/** The entity of this type that already goes by this name (canonical or alias), if any. */
export function findByName(
  registry: EntitiesFile,
  name: string,
  type: EntityTypeName,
): Entity | undefined {
  const wanted = name.trim().toLowerCase();
  return registry.entities.find(
    (entity) =>
      entity.type === type && namesOf(entity).some((known) => known.toLowerCase() === wanted),
  );
}

/**
 * The entities, of any type, that go by this name or alias, compared without case and edge
 * punctuation ("lloyd austin," is Lloyd Austin): what a manual mark offers first.
 */
export function entitiesNamed(registry: EntitiesFile, name: string): Entity[] {
  const wanted = comparableName(name);
  if (wanted === '') return [];
  return registry.entities.filter((entity) =>
    namesOf(entity).some((known) => comparableName(known) === wanted),
  );
}

/**
 * The registry's entities by id, by name (lower case), by name without initials, and by the
 * words of their longer names: what linking looks up for every suggestion of an article (a
 * scan of 1,000 entities per suggestion took 340 ms for 3,000 words). Kept per registry, which
 * is replaced, never changed, by an edit.
 */
export class RegistryIndex {
  readonly byId = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity[]>();
  private readonly byBareName = new Map<string, Entity[]>();
  private readonly byWord = new Map<string, Entity[]>();
  /** Keyed as the Entities view's "Possible duplicates" compares names (duplicate-entities.ts). */
  private readonly bySameBody = new Map<string, Entity[]>();

  constructor(entities: readonly Entity[]) {
    const add = (map: Map<string, Entity[]>, key: string, entity: Entity) => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [entity]);
      else if (list.at(-1) !== entity) list.push(entity);
    };
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const name of namesOf(entity)) {
        add(this.byName, name.trim().toLowerCase(), entity);
        add(this.byBareName, withoutInitials(name), entity);
        const words = wordsOfName(name);
        if (words.length > 1) for (const word of words) add(this.byWord, word, entity);
        if (entity.type === 'person') continue;
        for (const key of sameBodyKeys(name)) add(this.bySameBody, key, entity);
      }
    }
  }

  /** The entities of this type going by exactly this name or alias (any case). */
  named(name: string, type: string): Entity[] {
    return (this.byName.get(name.trim().toLowerCase()) ?? []).filter((e) => e.type === type);
  }

  /** The entities of this type with a name of two or more words, one of which is `word`. */
  containing(word: string, type: string): Entity[] {
    return (this.byWord.get(word.toLowerCase()) ?? []).filter((e) => e.type === type);
  }

  /**
   * The entities of this type (not people) this name is a variant of, as the Entities view's
   * "Possible duplicates" sees it: the acronym of one of their names ("UAE" of "United Arab
   * Emirates") or one of them but for small words and "U.S." ("U.S. Department of State" of
   * "Department of State") or a company's trade ("Nordvik" of "Nordvik Shipping"). Entities
   * that go by the name itself are left out.
   */
  variants(name: string, type: string): Entity[] {
    if (type === 'person') return [];
    const found = new Set<Entity>();
    for (const key of sameBodyKeys(name, true)) {
      for (const entity of this.bySameBody.get(key) ?? [])
        if (entity.type === type) found.add(entity);
    }
    const wanted = name.trim().toLowerCase();
    return [...found].filter((e) => !namesOf(e).some((n) => n.toLowerCase() === wanted));
  }

  /** The registered entity a name of this type resolves to without guessing, if any. */
  existing(name: string, type: string): Entity | undefined {
    const exact = this.named(name, type)[0];
    if (exact !== undefined || type !== 'person') return exact;
    const bare = withoutInitials(name);
    return bare.includes(' ')
      ? (this.byBareName.get(bare) ?? []).find((e) => e.type === 'person')
      : undefined;
  }
}

/**
 * Where a name is filed to be found as another's variant (by its initials and its words without
 * the small ones) or, with `lookup`, where its variants are: an acronym's under its letters.
 */
function sameBodyKeys(name: string, lookup = false): string[] {
  const keys: string[] = [];
  const letters = lookup ? acronymOf(name) : initials(name);
  if (letters !== null && letters.length >= 2) keys.push(`initials:${letters}`);
  // Filed under a company's short name too, looked up by the name's own core only: "Nordvik"
  // finds "Nordvik Shipping", never the reverse.
  for (const core of lookup ? [coreOfName(name)] : coresOfName(name))
    if (core !== '') keys.push(`core:${core}`);
  return keys;
}

const indexes = new WeakMap<EntitiesFile, RegistryIndex>();

export function registryIndex(registry: EntitiesFile): RegistryIndex {
  let index = indexes.get(registry);
  if (index === undefined) indexes.set(registry, (index = new RegistryIndex(registry.entities)));
  return index;
}

/** A name's words, lower case, edge punctuation and initials left out. */
export function wordsOfName(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s\-–]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 1);
}

export function newEntity(name: string, type: EntityTypeName): Entity {
  return {
    id: newEntityId(),
    type,
    name: name.trim(),
    aliases: [],
    description: '',
    createdAt: new Date().toISOString(),
  };
}

/** A person's name as compared across its forms: lower case, middle initials left out. */
function withoutInitials(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !/^\p{L}\.?$/u.test(word))
    .join(' ');
}

/** "Antony Blinken" and "Antony J. Blinken" are one person. */
function byNameWithoutInitials(
  entities: readonly Entity[],
  name: string,
  type: EntityTypeName,
): Entity | undefined {
  if (type !== 'person') return undefined;
  const wanted = withoutInitials(name);
  if (!wanted.includes(' ')) return undefined;
  return entities.find(
    (entity) =>
      entity.type === 'person' &&
      namesOf(entity).some((known) => withoutInitials(known) === wanted),
  );
}

/**
 * Resolve names to entities, reusing registered ones and creating each new one once: two
 * suggestions of "Blinken" accepted together make one entity, not two.
 */
export class EntityResolver {
  readonly created: Entity[] = [];
  /** Names mentions gave registered entities, by entity id: their new aliases. */
  private readonly named = new Map<string, string[]>();

  constructor(private readonly registry: EntitiesFile) {}

  /**
   * A mention's words filed with the entity it joins: a name it did not go by ("WHO" accepted
   * onto "World Health Organization") becomes its alias, so that the registry knows it from
   * then on. A part of one of its names ("Blinken" of "Antony Blinken") is no new name.
   */
  addName(entityId: string, quote: string): void {
    const entity =
      this.created.find((e) => e.id === entityId) ??
      this.registry.entities.find((e) => e.id === entityId);
    if (entity === undefined) return;
    const added = this.named.get(entityId) ?? [];
    const known = [...namesOf(entity), ...added];
    if (isAnotherName(quote, known)) this.named.set(entityId, [...added, quote.trim()]);
  }

  /** Whether the entities this resolver resolved need the registry written. */
  get changed(): boolean {
    return this.created.length > 0 || this.named.size > 0;
  }

  resolve(name: string, type: EntityTypeName): Entity {
    const existing =
      findByName(this.registry, name, type) ??
      findByName({ ...this.registry, entities: this.created }, name, type) ??
      byNameWithoutInitials([...this.registry.entities, ...this.created], name, type) ??
      this.bySurname(name, type) ??
      this.byVariant(name, type);
    if (existing !== undefined) return existing;
    const entity = newEntity(name, type);
    this.created.push(entity);
    return entity;
  }

  /** "Austin" after "Lloyd Austin": a lone surname goes to the one person who bears it. */
  private bySurname(name: string, type: EntityTypeName): Entity | undefined {
    if (type !== 'person' || /\s/.test(name.trim())) return undefined;
    const surname = name.trim().toLowerCase();
    const bearers = [...this.registry.entities, ...this.created].filter(
      (entity) =>
        entity.type === 'person' &&
        namesOf(entity).some((known) => known.toLowerCase().split(/\s+/).at(-1) === surname),
    );
    return bearers.length === 1 ? bearers[0] : undefined;
  }

  private createdIndex = new RegistryIndex([]);

  /**
   * "U.S." once "United States" is known, "U.S. Department of State" once "Department of
   * State" is: a variant of exactly one entity (as linking finds them) is that entity.
   */
  private byVariant(name: string, type: EntityTypeName): Entity | undefined {
    if (this.createdIndex.byId.size !== this.created.length)
      this.createdIndex = new RegistryIndex(this.created);
    const found = [
      ...registryIndex(this.registry).variants(name, type),
      ...this.createdIndex.variants(name, type),
    ];
    return found.length === 1 ? found[0] : undefined;
  }

  /** The registry with the entities this resolver created and the names it added. */
  result(): EntitiesFile {
    const withNames = (entity: Entity): Entity => {
      const added = this.named.get(entity.id);
      return added === undefined ? entity : { ...entity, aliases: [...entity.aliases, ...added] };
    };
    return {
      ...this.registry,
      entities: [...this.registry.entities, ...this.created].map(withNames),
    };
  }
}

/**
 * Whether a mention's words are a name of their own beside an entity's names: not one of them
 * (ignoring case and edge punctuation) and not a run of the words of one ("Kim", "Sung Kim" of
 * "Ambassador Sung Kim").
 */
function isAnotherName(quote: string, names: readonly string[]): boolean {
  const wanted = comparableName(quote);
  const words = wordsOfName(quote);
  if (wanted === '' || words.length === 0) return false;
  return !names.some((name) => {
    if (comparableName(name) === wanted) return true;
    const own = wordsOfName(name);
    return own.some((_, i) => words.every((word, j) => own[i + j] === word));
  });
}

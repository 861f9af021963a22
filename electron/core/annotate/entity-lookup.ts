import { namesOf, type EntitiesFile, type Entity, type EntityTypeName } from '../model/entity.ts';
import { newEntityId } from '../model/ids.ts';

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

/**
 * Resolve names to entities, reusing registered ones and creating each new one once: two
 * suggestions of "Blinken" accepted together make one entity, not two.
 */
export class EntityResolver {
  readonly created: Entity[] = [];

  constructor(private readonly registry: EntitiesFile) {}

  resolve(name: string, type: EntityTypeName): Entity {
    const existing =
      findByName(this.registry, name, type) ??
      findByName({ ...this.registry, entities: this.created }, name, type) ??
      this.byNameWithoutInitials(name, type) ??
      this.bySurname(name, type);
    if (existing !== undefined) return existing;
    const entity = newEntity(name, type);
    this.created.push(entity);
    return entity;
  }

  /** "Antony Blinken" and "Antony J. Blinken" are one person. */
  private byNameWithoutInitials(name: string, type: EntityTypeName): Entity | undefined {
    if (type !== 'person') return undefined;
    const wanted = withoutInitials(name);
    if (!wanted.includes(' ')) return undefined;
    return [...this.registry.entities, ...this.created].find(
      (entity) =>
        entity.type === 'person' &&
        namesOf(entity).some((known) => withoutInitials(known) === wanted),
    );
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

  /** The registry with the entities this resolver created. */
  result(): EntitiesFile {
    return { ...this.registry, entities: [...this.registry.entities, ...this.created] };
  }
}

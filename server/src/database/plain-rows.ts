import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** The columns an entity reads by default (secrets marked `select: false` stay out). */
export function selectableColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((c) => c.isSelect);
}

/** A raw row turned into the entity's plain shape, with the driver's own type handling but no entity instance. */
export function plainRow<T extends ObjectLiteral>(
  db: DataSource, columns: ColumnMetadata[], raw: Record<string, unknown>, key: (c: ColumnMetadata) => string,
): T {
  const row: Record<string, unknown> = {};
  for (const c of columns) row[c.propertyName] = db.driver.prepareHydratedValue(raw[key(c)], c);
  return row as T;
}

/** `alias.column AS "prefix_column"` for every selectable column, for hand-written SQL that joins an entity. */
export function selectList(db: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string) {
  const columns = selectableColumns(db.getMetadata(entity));
  const sql = columns.map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.databaseName}"`).join(', ');
  return { columns, sql, key: (c: ColumnMetadata) => `${prefix}${c.databaseName}` };
}

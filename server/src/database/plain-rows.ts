import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** The columns an entity reads by default (secrets marked `select: false` stay out). */
export function selectableColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((c) => c.isSelect);
}

/**
 * Reads raw rows into the entity's plain shape, with the driver's own type handling but no entity instance. Each
 * column's key in the raw row is worked out once, not once a row.
 */
export function plainRowReader<T extends ObjectLiteral>(
  db: DataSource, columns: readonly ColumnMetadata[], key: (c: ColumnMetadata) => string,
): (raw: Record<string, unknown>) => T {
  const keys = columns.map(key);
  const driver = db.driver;
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!.propertyName] = driver.prepareHydratedValue(raw[keys[i]!], columns[i]!);
    return row as T;
  };
}

/** `alias.column AS "prefix_column"` for every selectable column, for hand-written SQL that joins an entity. */
export function selectList(db: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string) {
  const columns = selectableColumns(db.getMetadata(entity));
  const sql = columns.map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.databaseName}"`).join(', ');
  return { columns, sql, read: plainRowReader(db, columns, (c) => `${prefix}${c.databaseName}`) };
}

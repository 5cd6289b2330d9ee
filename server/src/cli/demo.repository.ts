import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessRequest } from '../access/access-request.entity.js';
import { SupportCase } from '../cases/case.entity.js';
import { Child, Media, Observation, Parent } from '../content/content.entities.js';
import { Incident } from '../incidents/incident.entities.js';

type Row<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Demo fixtures only: the rows the demo writes straight into other modules' tables (a case per setting, sample
 * content), because no product route makes them the way the demo needs (a case nobody opened, content without a grant).
 */
@Injectable()
export class DemoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  insertCase(row: Pick<SupportCase, 'settingId' | 'title' | 'description'>, manager: EntityManager): Promise<SupportCase> {
    return manager.save(manager.create(SupportCase, { ...row, status: 'open', openedById: null, resolvedAt: null }));
  }

  caseOf(settingId: string): Promise<SupportCase> {
    return this.db.manager.findOneByOrFail(SupportCase, { settingId });
  }

  insertChild(row: Partial<Row<Child>>, manager: EntityManager): Promise<Child> {
    return manager.save(manager.create(Child, row));
  }

  async insertParent(row: Partial<Row<Parent>>, manager: EntityManager): Promise<void> {
    await manager.save(manager.create(Parent, row));
  }

  async insertObservation(row: Partial<Row<Observation>>, manager: EntityManager): Promise<void> {
    await manager.save(manager.create(Observation, row));
  }

  async insertMedia(row: Partial<Row<Media>>, manager: EntityManager): Promise<void> {
    await manager.save(manager.create(Media, row));
  }

  /** Whether anything has happened yet that the demo story would add to: an incident or an access request. */
  async storyStarted(): Promise<boolean> {
    return (await this.db.manager.exists(Incident)) || (await this.db.manager.exists(AccessRequest));
  }
}

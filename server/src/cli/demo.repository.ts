import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessRequest } from '../access/access-request.entity.js';
import { SupportCase } from '../cases/case.entity.js';
import { Incident } from '../incidents/incident.entities.js';

/** The demo's few reads of other modules' rows that their services offer no principal-free way to make. */
@Injectable()
export class DemoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The case the demo opened on a setting. */
  caseOf(settingId: string): Promise<SupportCase> {
    return this.db.manager.findOneByOrFail(SupportCase, { settingId });
  }

  /** Whether anything has happened yet that the demo story would add to: an incident or an access request. */
  async storyStarted(): Promise<boolean> {
    return (await this.db.manager.exists(Incident)) || (await this.db.manager.exists(AccessRequest));
  }
}

import { Global, Module } from '@nestjs/common';
import { JobsRepository } from './jobs.repository.js';
import { JobsService } from './jobs.service.js';

@Global()
@Module({
  providers: [JobsService, JobsRepository],
  exports: [JobsService],
})
export class JobsModule {}

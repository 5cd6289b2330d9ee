import { Module } from '@nestjs/common';
import { StaffDirectoryRepository } from './staff-directory.repository.js';

/** The staff directory alone: no sign-in behind it, so the access module (which the sign-in needs) can use it. */
@Module({
  providers: [StaffDirectoryRepository],
  exports: [StaffDirectoryRepository],
})
export class StaffDirectoryModule {}

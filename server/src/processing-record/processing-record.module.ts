import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { SubProcessorsModule } from '../sub-processors/sub-processors.module.js';
import { ProcessingRecordController } from './processing-record.controller.js';
import { ProcessingRecordService } from './processing-record.service.js';

@Module({
  imports: [SettingsModule, SubProcessorsModule],
  controllers: [ProcessingRecordController],
  providers: [ProcessingRecordService],
})
export class ProcessingRecordModule {}

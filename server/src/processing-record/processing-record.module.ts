import { Module } from '@nestjs/common';
import { ProcessingRecordController } from './processing-record.controller.js';
import { ProcessingRecordService } from './processing-record.service.js';

@Module({
  controllers: [ProcessingRecordController],
  providers: [ProcessingRecordService],
})
export class ProcessingRecordModule {}

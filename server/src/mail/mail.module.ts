import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from './mail.service.js';
import { OutboxKeysRepository } from './outbox-keys.repository.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxMessage } from './outbox.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  controllers: [OutboxController],
  providers: [MailService, OutboxKeysRepository],
  exports: [MailService, OutboxKeysRepository],
})
export class MailModule {}

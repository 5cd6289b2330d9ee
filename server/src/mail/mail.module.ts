import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from './mail.service.js';
import { OutboxKeysRepository } from './outbox-keys.repository.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxMessage } from './outbox.entity.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  controllers: [OutboxController],
  providers: [MailService, OutboxService, OutboxRepository, OutboxKeysRepository],
  exports: [MailService, OutboxKeysRepository],
})
export class MailModule {}

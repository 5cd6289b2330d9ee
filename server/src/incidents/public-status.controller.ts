import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../policy/policy.decorators.js';
import { IncidentsService } from './incidents.service.js';

/** The software portal's status notice: the words IT chose to publish, and nothing else. */
@ApiTags('public')
@Controller('public/status')
export class PublicStatusController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get()
  @Public()
  async status() {
    const messages = await this.incidents.publicStatus();
    return { status: messages.length ? 'incident' : 'ok', messages };
  }
}

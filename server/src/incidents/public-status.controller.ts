import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../policy/policy.decorators.js';
import { IncidentsService } from './incidents.service.js';
import { PortalNoticeDto } from './dto/public-status.dto.js';
import { Returns } from '../common/api-document.js';

/** The software portal's status notice: the words IT chose to publish, and nothing else. */
@ApiTags('public')
@Controller('public/status')
export class PublicStatusController {
  constructor(private readonly incidents: IncidentsService) {}

  /** The active portal messages, newest first; an empty list when all is well. */
  @Get()
  @Public()
  @Returns([PortalNoticeDto])
  status() {
    return this.incidents.publicStatus();
  }
}

import { Controller, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PassThrough } from 'node:stream';
import { clientIp, CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { Can, Public } from '../policy/policy.decorators.js';
import { ExportsService } from './exports.service.js';
import { Returns, ReturnsFile } from '../common/api-document.js';
import { ExportViewDto } from './dto/export-view.dto.js';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post('settings/:id/export')
  @Can('handover', 'Setting')
  @HttpCode(202)
  @Returns(ExportViewDto, 202)
  request(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.exports.request(me, id);
  }

  /** The DPO's download: a ZIP streamed as it is built. */
  @Get('public/exports/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ReturnsFile('application/zip', 200, 'the setting\'s records as a ZIP, streamed as it is built')
  async download(@Param('token') token: string, @Req() req: FastifyRequest, @Res() res: FastifyReply): Promise<void> {
    const { setting } = await this.exports.open(token, clientIp(req));
    const name = `${setting.name.replace(/[^A-Za-z0-9 _-]/g, '').trim().replace(/\s+/g, '-') || 'setting'}-records.zip`;
    const zip = new PassThrough();
    // A failure half-way breaks the download off rather than ending it as if complete.
    void this.exports.stream(setting.id, zip).catch((e: unknown) => zip.destroy(e instanceof Error ? e : new Error(String(e))));
    await res.status(200)
      .header('Content-Type', 'application/zip')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .header('Cache-Control', 'no-store')
      .send(zip);
  }
}

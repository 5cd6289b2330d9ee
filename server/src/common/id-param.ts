import { ParseUUIDPipe } from '@nestjs/common';

/** A path id that is not a UUID names nothing that exists: 404, like any unknown id. */
export const IdParam = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

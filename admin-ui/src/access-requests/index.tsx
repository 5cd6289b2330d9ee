import type { RaRecord } from 'react-admin';
import { AccessRequestCreate } from './AccessRequestCreate';
import { AccessRequestList } from './AccessRequestList';
import { AccessRequestShow } from './AccessRequestShow';

export { AccessHistoryButton } from './AccessHistoryButton';
export { ConsentPage } from './ConsentPage';
export { RequestAccessButton } from './RequestAccessButton';

export default {
  list: AccessRequestList,
  show: AccessRequestShow,
  create: AccessRequestCreate,
  recordRepresentation: (r: RaRecord) => `Access to ${(r.scopes as string[] | undefined)?.join(', ') ?? 'content'} (${r.status})`,
};

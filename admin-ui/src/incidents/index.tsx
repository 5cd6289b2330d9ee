import type { RaRecord } from 'react-admin';
import { IncidentCreate } from './IncidentCreate';
import { IncidentList } from './IncidentList';
import { IncidentRoom } from './IncidentRoom';

export { IncidentReview } from './IncidentReview';
export { SmtDashboard } from './SmtDashboard';

export default {
  list: IncidentList,
  show: IncidentRoom,
  create: IncidentCreate,
  recordRepresentation: (r: RaRecord) => String(r.title ?? ''),
};

import { accessRequestLabel } from './representation';
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
  recordRepresentation: accessRequestLabel,
};

import KeyIcon from '@mui/icons-material/Key';
import { CreateButton, useCanAccess, useRecordContext } from 'react-admin';

/** On a case: a developer asks for access to its setting's content, for this case. */
export function RequestAccessButton() {
  const supportCase = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'access-requests' });
  if (!supportCase || !canAccess || supportCase.status === 'resolved') return null;
  return (
    <CreateButton
      resource="access-requests"
      label="Request access"
      icon={<KeyIcon />}
      state={{ record: { settingId: supportCase.settingId, caseId: supportCase.id } }}
    />
  );
}

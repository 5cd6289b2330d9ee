import HistoryIcon from '@mui/icons-material/ManageSearch';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** On a setting: who accessed this customer's data, when and why (IT managers and SMT). */
export function AccessHistoryButton() {
  const setting = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'access-requests' });
  if (!setting || !canAccess) return null;
  const filter = encodeURIComponent(JSON.stringify({ settingId: setting.id }));
  return (
    <Button label="Access history" component={Link} to={`/access-requests?filter=${filter}&order=DESC&sort=createdAt`}>
      <HistoryIcon />
    </Button>
  );
}

import ReportIcon from '@mui/icons-material/Assignment';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** Who accessed this setting's records, when and why: what its DPO is sent each month. */
export function AccessReportButton() {
  const setting = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'access-reports', action: 'read' });
  if (!setting || !canAccess) return null;
  return (
    <Button component={Link} to={`/access-report/${setting.id}`} label="Access report">
      <ReportIcon />
    </Button>
  );
}

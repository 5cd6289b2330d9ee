import GavelIcon from '@mui/icons-material/Gavel';
import { Menu, useCanAccess } from 'react-admin';

/** The Art. 30 record is a page, not a resource list, so the menu names it itself. */
export function ProcessingRecordMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'processing-record', action: 'read' });
  if (!canAccess) return null;
  return <Menu.Item to="/processing-record" primaryText="Record of processing" leftIcon={<GavelIcon />} />;
}

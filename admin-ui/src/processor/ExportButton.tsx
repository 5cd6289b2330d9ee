import DownloadIcon from '@mui/icons-material/Outbox';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { ConfirmButton } from '../common/ConfirmButton';
import { dataProvider } from '../data/dataProvider';

/** Support asks; the setting's DPO alone receives the single-use link, and nobody here ever sees the records. */
export function ExportButton() {
  const setting = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'settings', action: 'handover', record: setting });
  const [pending, setPending] = useState(false);
  if (!setting || !canAccess || setting.subscriptionStatus === 'purged') return null;
  return (
    <ConfirmButton
      label="Export for the DPO"
      icon={<DownloadIcon />}
      title="Send the setting's records to its DPO?"
      content={`${setting.dpoEmail ?? 'The DPO'} is emailed a link to a ZIP of every record ${String(setting.name)} keeps with us (children, observations, parents, media). It works once, for 7 days; nobody here can open it.`}
      confirm="Email the link"
      pending={pending}
      onConfirm={async () => {
        setPending(true);
        try {
          const { data } = await dataProvider.exportSetting(setting.id);
          notify(`Download link emailed to ${data.sentTo}, valid until ${new Date(data.expiresAt).toLocaleString('en-GB')}`, { type: 'success' });
          refresh();
        } catch (e) {
          notify((e as Error).message, { type: 'error' });
        } finally {
          setPending(false);
        }
      }}
    />
  );
}

import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import ScienceIcon from '@mui/icons-material/Science';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField as MuiTextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useGetOne,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  type RaRecord,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { ConfirmButton } from '../common/ConfirmButton';

type Verb = 'approve' | 'deny' | 'revoke' | 'investigation';

/** POST /api/access-requests/:id/<verb> through the data provider; the page refreshes with what the server decided. */
function useAccessAction(verb: Verb, onDone?: (result: RaRecord) => void) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, data }: { id: string; data?: Record<string, unknown> }) =>
      dataProvider.create(`access-requests/${id}/${verb}`, { data: data ?? {} }).then((r) => r.data),
    onSuccess: (result) => {
      refresh();
      onDone?.(result);
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
}

const OPEN = ['pending', 'awaiting_consent', 'active'];

export function ApproveButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'approve', resource: 'access-requests', record });
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const { data: setting } = useGetOne('settings', { id: record?.settingId }, { enabled: asking && !!record?.settingId });
  const approve = useAccessAction('approve', (r) => notify(r.status === 'active' ? 'Approved: the grant has started' : "Approved: waiting for the setting's consent"));
  if (!record || record.status !== 'pending' || !canAccess) return null;
  const perRequest = setting?.consentPolicy === 'per_request';
  return (
    <>
      <Button label="Approve" onClick={(e) => { e.stopPropagation(); setAsking(true); }} disabled={approve.isPending}>
        <CheckIcon />
      </Button>
      <Confirm
        isOpen={asking}
        title="Approve this access request?"
        content={perRequest
          ? `${setting?.name ?? 'The setting'} asks to consent each time: its DPO is emailed a single-use link, and nothing opens until they agree.`
          : `The grant starts now, for ${record.minutes} minutes, on ${record.scopes?.join(', ')} of ${setting?.name ?? 'this setting'}. Every read is audited.`}
        confirm="Approve"
        onConfirm={() => { setAsking(false); approve.mutate({ id: String(record.id) }); }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

export function DenyButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'approve', resource: 'access-requests', record });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const deny = useAccessAction('deny', () => setOpen(false));
  if (!record || record.status !== 'pending' || !canAccess) return null;
  return (
    <>
      <Button label="Deny" color="error" onClick={(e) => { e.stopPropagation(); setOpen(true); }}>
        <CloseIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="sm">
        <DialogTitle>Deny this access request?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>The developer sees your reason. It is recorded in the audit log.</DialogContentText>
          <MuiTextField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} required fullWidth multiline minRows={2} autoFocus />
        </DialogContent>
        <DialogActions>
          <Button label="Cancel" onClick={() => setOpen(false)} />
          <Button label="Deny" color="error" variant="contained" disabled={!reason.trim() || deny.isPending}
            onClick={() => deny.mutate({ id: String(record.id), data: { reason: reason.trim() } })} />
        </DialogActions>
      </Dialog>
    </>
  );
}

export function RevokeButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'revoke', resource: 'access-requests', record });
  const { identity } = useGetIdentity();
  const [asking, setAsking] = useState(false);
  const revoke = useAccessAction('revoke');
  const mine = identity?.id === record?.requesterId;
  // A request still waiting is the requester's to withdraw; an IT manager decides it instead.
  if (!record || !OPEN.includes(record.status) || !canAccess || (record.status === 'pending' && !mine)) return null;
  const label = record.status === 'active' ? 'Revoke' : 'Withdraw';
  return (
    <>
      <Button label={label} color="error" onClick={(e) => { e.stopPropagation(); setAsking(true); }} disabled={revoke.isPending}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={asking}
        title={record.status === 'active' ? 'Revoke this grant now?' : 'Withdraw this request?'}
        content={record.status === 'active'
          ? `${mine ? 'Your' : "The developer's"} access ends at once and any investigation copy made under it is deleted. This cannot be undone.`
          : 'The request closes and can no longer be approved or consented to.'}
        confirm={label}
        onConfirm={() => { setAsking(false); revoke.mutate({ id: String(record.id) }); }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

/** The requester's way into the content while their grant is live. */
export function OpenContentButton() {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  if (!record || record.status !== 'active' || identity?.id !== record.requesterId) return null;
  return (
    <Button label="Open content" component={Link} to={`/content/${record.settingId}`} onClick={(e) => e.stopPropagation()} variant="contained">
      <FolderOpenIcon />
    </Button>
  );
}

/** An anonymised copy for deeper work, deleted when the grant ends, the case is resolved or the time limit passes. */
export function MakeCopyButton() {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const redirect = useRedirect();
  const notify = useNotify();
  const copy = useAccessAction('investigation', (c) => {
    notify('Anonymised copy made');
    redirect('show', 'investigations', c.id);
  });
  if (!record || record.status !== 'active' || identity?.id !== record.requesterId) return null;
  return (
    <ConfirmButton
      label="Make investigation copy"
      icon={<ScienceIcon />}
      title="Make an anonymised investigation copy?"
      content="Names become codes, dates of birth keep only the year, contact details are removed and free text is scrubbed. Only you can read it, and it is deleted when your grant ends or the case is resolved."
      confirm="Make copy"
      pending={copy.isPending}
      onConfirm={() => copy.mutate({ id: String(record.id) })}
    />
  );
}

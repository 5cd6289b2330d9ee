import CampaignIcon from '@mui/icons-material/Campaign';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import GavelIcon from '@mui/icons-material/Gavel';
import LinkIcon from '@mui/icons-material/Link';
import MailIcon from '@mui/icons-material/MailOutlined';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import PolicyIcon from '@mui/icons-material/Policy';
import SendIcon from '@mui/icons-material/Send';
import SummarizeIcon from '@mui/icons-material/Summarize';
import { Alert, Box, Card, CardContent, Chip, Grid, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Loading, ReferenceField, Show, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { humanMinutes } from '../common/duration';
import { BreachNotices } from './BreachNotices';
import { Checklist } from './Checklist';
import { StatusChip, UpdateCountdown, when, type Incident } from './common';
import {
  AddSettingsDialog, BreachDialog, DecisionDialog, LinkCaseDialog, PortalMessageDialog, ResolveDialog, SendUpdateDialog,
} from './IncidentDialogs';
import { IncidentMail, Register, Timeline } from './IncidentSections';

type DialogName = 'update' | 'decide' | 'portal' | 'resolve' | 'settings' | 'case' | 'breach' | null;

/** One action in the room's toolbar, shown only to those the policy lets do it. */
function Action({ show, label, icon, onClick }: { show: boolean; label: string; icon: ReactElement; onClick: () => void }) {
  if (!show) return null;
  return <Button label={label} onClick={onClick}>{icon}</Button>;
}

function RoomActions({ incident, open }: { incident: Incident; open: (d: DialogName) => void }) {
  const { canAccess: canUpdate } = useCanAccess({ action: 'update', resource: 'incidents', record: incident });
  const { canAccess: canDecide } = useCanAccess({ action: 'decide', resource: 'incidents', record: incident });
  const { canAccess: canPublish } = useCanAccess({ action: 'publish', resource: 'incidents', record: incident });
  const { canAccess: canResolve } = useCanAccess({ action: 'resolve', resource: 'incidents', record: incident });
  const active = incident.status === 'active';
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <Action show={active && !!canUpdate} label="Send update" icon={<SendIcon />} onClick={() => open('update')} />
      <Action show={active && !!canDecide} label="Decide on functionality" icon={<GavelIcon />} onClick={() => open('decide')} />
      <Action show={active && !!canPublish} label="Portal message" icon={<CampaignIcon />} onClick={() => open('portal')} />
      <Action show={active && !!canUpdate} label="Add settings" icon={<PlaylistAddIcon />} onClick={() => open('settings')} />
      <Action show={active && !!canUpdate} label="Link case" icon={<LinkIcon />} onClick={() => open('case')} />
      <Action show={active && !!canUpdate && !incident.personalDataBreach} label="Flag data breach" icon={<PolicyIcon />} onClick={() => open('breach')} />
      <Action show={active && !!canResolve} label="Resolve" icon={<DoneAllIcon />} onClick={() => open('resolve')} />
      {!active && <Button component={Link} to={`/incident-review/${incident.id}`} label="Post-incident review"><SummarizeIcon /></Button>}
    </TopToolbar>
  );
}

const Fact = ({ label, children, md = 3 }: { label: string; children: ReactNode; md?: number }) => (
  <Grid size={{ xs: 12, sm: 6, md }}>
    <Typography variant="caption" color="text.secondary" component="div">{label}</Typography>
    <Typography variant="body2" component="div">{children}</Typography>
  </Grid>
);

function Header({ incident }: { incident: Incident }) {
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1.5 }}>
          <Typography variant="h5" component="h1">{incident.title}</Typography>
          <StatusChip status={incident.status} />
          <Chip label={`Day ${incident.day}`} color="primary" aria-label="Incident day" />
          <Chip label={`Updates every ${humanMinutes(incident.cadenceMinutes)}`} variant="outlined" aria-label="Cadence" />
          <UpdateCountdown incident={incident} />
        </Stack>
        <Grid container spacing={2}>
          <Fact label="Settings affected"><strong aria-label="Settings affected">{incident.affectedSettingsCount}</strong></Fact>
          <Fact label="Discovered">{when(incident.discoveredAt)}</Fact>
          <Fact label="Last customer update">{when(incident.lastCustomerUpdateAt)}</Fact>
          <Fact label="Next update due">{when(incident.nextUpdateDueAt)}</Fact>
          <Fact label="Missed updates"><span aria-label="Missed updates">{incident.missedUpdates ?? 0}</span></Fact>
          <Fact label="Owner"><ReferenceField record={incident} source="ownerId" reference="staff" link={false} /></Fact>
          <Fact label="Functionality">
            {incident.functionalityRemoved === null ? 'Not decided by IT yet' : incident.functionalityRemoved ? 'Removed' : 'Kept available'}
          </Fact>
          <Fact label="Portal message" md={6}>{incident.portalMessage ?? 'None'}</Fact>
          <Fact label="Description" md={12}><Box sx={{ whiteSpace: 'pre-wrap' }}>{incident.description || '—'}</Box></Fact>
        </Grid>
        {incident.personalDataBreach && (
          <Alert severity="error" sx={{ mt: 2 }} aria-label="Personal data breach">
            Personal data breach: the affected settings' DPOs were told {when(incident.breachNotifiedAt)}. As controllers they
            must tell the ICO within 72 hours of becoming aware: by <strong>{when(incident.controllerDeadlineAt)}</strong>.
          </Alert>
        )}
        {incident.lateDeclaration && (
          <Alert severity="warning" sx={{ mt: 2 }} aria-label="Declared late">
            Declared {humanMinutes((new Date(incident.declaredAt).getTime() - new Date(incident.discoveredAt).getTime()) / 60_000)} after
            discovery: the policy says a critical is declared immediately.
          </Alert>
        )}
        {incident.status === 'resolved' && (
          <Alert severity="success" sx={{ mt: 2 }}>Resolved {when(incident.resolvedAt)}: {incident.resolutionSummary}</Alert>
        )}
      </CardContent>
    </Card>
  );
}

function Room() {
  const incident = useRecordContext<Incident>();
  const [dialog, setDialog] = useState<DialogName>(null);
  const [tab, setTab] = useState('checklist');
  const { canAccess: canReadMail } = useCanAccess({ action: 'list', resource: 'outbox' });
  if (!incident) return <Loading />;
  const close = () => setDialog(null);
  return (
    <Box sx={{ p: 2 }}>
      <RoomActions incident={incident} open={setDialog} />
      <Header incident={incident} />
      <Tabs value={tab} onChange={(_e, v: string) => setTab(v)} aria-label="Incident room" sx={{ mb: 2 }}>
        <Tab value="checklist" label={`Day ${incident.day} checklist`} />
        <Tab value="timeline" label="Timeline" />
        <Tab value="register" label={`Affected settings (${incident.affectedSettingsCount})`} />
        {incident.personalDataBreach && <Tab value="breach" label="Breach notices" />}
        {canReadMail && <Tab value="mail" label="Mail" icon={<MailIcon fontSize="small" />} iconPosition="start" />}
      </Tabs>
      {tab === 'checklist' && <Checklist incident={incident} />}
      {tab === 'timeline' && <Timeline incident={incident} />}
      {tab === 'register' && <Register incident={incident} />}
      {tab === 'breach' && <BreachNotices incident={incident} />}
      {tab === 'mail' && canReadMail && <IncidentMail incident={incident} />}
      {dialog === 'update' && <SendUpdateDialog incident={incident} open onClose={close} />}
      {dialog === 'decide' && <DecisionDialog incident={incident} open onClose={close} />}
      {dialog === 'portal' && <PortalMessageDialog incident={incident} open onClose={close} />}
      {dialog === 'resolve' && <ResolveDialog incident={incident} open onClose={close} />}
      {dialog === 'settings' && <AddSettingsDialog incident={incident} open onClose={close} />}
      {dialog === 'case' && <LinkCaseDialog incident={incident} open onClose={close} />}
      {dialog === 'breach' && <BreachDialog incident={incident} open onClose={close} />}
    </Box>
  );
}

/** The incident room: the clock, the day's checklist, the timeline, the register and the mail, refreshed every 30 s. */
export function IncidentRoom() {
  return (
    <Show actions={false} component="div" queryOptions={{ refetchInterval: 30_000 }}>
      <Room />
    </Show>
  );
}

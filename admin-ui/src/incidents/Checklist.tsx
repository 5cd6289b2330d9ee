import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import {
  Alert, Box, Chip, List, ListItem, ListItemIcon, ListItemText, Pagination, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, ReferenceField, useCanAccess, useGetList } from 'react-admin';
import { CONTACT_LABELS, ROLE_LABELS, when, type Incident, type Task } from './common';
import { ContactDialog, WrittenConfirmationsDialog } from './IncidentDialogs';

const PER_SETTING = ['telephone_update', 'written_confirmation', 'smt_contact'] as const;
const PAGE = 25;

function Done({ task }: { task: Task }) {
  return (
    <Stack sx={{ alignItems: 'center' }} direction="row" spacing={0.5}>
      <CheckCircleIcon color="success" fontSize="small" aria-label="Done" />
      <Typography variant="caption">
        {when(task.doneAt)}
        {task.doneBy ? <> · <ReferenceField record={task} source="doneBy" reference="staff" link={false} /></> : ' · system'}
      </Typography>
    </Stack>
  );
}

/** The incident's own tasks: today's, and any earlier one still open. */
function PlaybookTasks({ incident }: { incident: Incident }) {
  const { data = [], isPending } = useGetList<Task>(`incidents/${incident.id}/tasks`, {
    filter: { perSetting: false }, pagination: { page: 1, perPage: 500 }, sort: { field: 'day', order: 'ASC' },
  });
  const shown = data.filter((t) => t.day === incident.day || !t.done);
  return (
    <Box aria-label="Playbook tasks" sx={{ mb: 3 }}>
      <Typography variant="h6">The playbook, day {incident.day}</Typography>
      {isPending ? <Typography variant="body2">Loading…</Typography> : (
        <List dense>
          {shown.map((t) => (
            <ListItem key={t.id} aria-label={`${t.key} ${t.done ? 'done' : 'open'}`}>
              <ListItemIcon>{t.done ? <CheckCircleIcon color="success" /> : <RadioButtonUncheckedIcon color={t.day < incident.day ? 'error' : 'action'} />}</ListItemIcon>
              <ListItemText
                primary={<>{t.title} <Chip size="small" label={ROLE_LABELS[t.role] ?? t.role} sx={{ ml: 1 }} />{t.day < incident.day && !t.done ? <Chip size="small" color="error" label={`from day ${t.day}`} sx={{ ml: 1 }} /> : null}</>}
                secondary={t.done ? <Done task={t} /> : 'Open'}
                slotProps={{ secondary: { component: 'div' } }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}

function Outstanding({ incident, kind }: { incident: Incident; kind: string }) {
  const { total } = useGetList(`incidents/${incident.id}/tasks`, {
    // Calls and letters are owed again each day: count today's; SMT's one contact whenever it is still open.
    filter: { key: kind, done: false, ...(kind === 'smt_contact' ? {} : { day: incident.day }) }, pagination: { page: 1, perPage: 1 }, sort: { field: 'day', order: 'ASC' },
  });
  if (total === undefined) return null;
  return <Chip size="small" variant="outlined" color={total > 0 ? 'warning' : 'success'} label={`${CONTACT_LABELS[kind]}: ${total} open`} />;
}

interface Registered { id: string; name: string; contactPhone: string | null; contactEmail: string | null }

/** One row per affected setting: its call, its letter and (from day 3) SMT's contact. */
function SettingsChecklist({ incident }: { incident: Incident }) {
  const [page, setPage] = useState(1);
  const [contact, setContact] = useState<{ settingId: string; settingName: string; kind: string } | null>(null);
  const [writing, setWriting] = useState<string[] | 'outstanding' | null>(null);
  const { data: settings = [], total = 0 } = useGetList<Registered>(`incidents/${incident.id}/affected-settings`, {
    pagination: { page, perPage: PAGE }, sort: { field: 'name', order: 'ASC' }, filter: {},
  });
  const ids = settings.map((s) => s.id);
  const { data: tasks = [] } = useGetList<Task>(`incidents/${incident.id}/tasks`, {
    filter: { perSetting: true, settingId: ids }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'day', order: 'ASC' },
  }, { enabled: ids.length > 0 });
  // react-admin caches a permission answer by record id: each question carries an id of its own, or all share one answer.
  const { canAccess: canCall } = useCanAccess({ action: 'create', resource: 'incident-contacts', record: { id: 'telephone_update', kind: 'telephone_update' } });
  const { canAccess: canSmt } = useCanAccess({ action: 'create', resource: 'incident-contacts', record: { id: 'smt_contact', kind: 'smt_contact' } });
  const { canAccess: canEmail } = useCanAccess({ action: 'contact', resource: 'incidents' });
  const active = incident.status === 'active';
  const may = (kind: string) => active && (kind === 'smt_contact' ? canSmt : canCall);
  // Calls and letters come back every day: the row shows today's; SMT's contact is asked once.
  const task = (settingId: string, kind: string) => {
    const mine = tasks.filter((t) => t.settingId === settingId && t.key === kind);
    return mine.find((t) => t.day === incident.day) ?? mine.at(-1);
  };
  if (total === 0) return <Alert severity="info">No settings are in the register yet. IT counts the affected settings on day 1.</Alert>;
  return (
    <Box aria-label="Checklist per setting">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h6" sx={{ mr: 1 }}>Each affected setting</Typography>
        {incident.day >= 2 && PER_SETTING.filter((k) => k !== 'smt_contact' || incident.day >= 3).map((k) => <Outstanding key={k} incident={incident} kind={k} />)}
        {active && canEmail && incident.day >= 2 && (
          <Button label="Email outstanding written confirmations" onClick={() => setWriting('outstanding')} variant="outlined" />
        )}
      </Stack>
      {incident.day < 2 && (
        <Alert severity="info" sx={{ mb: 1 }}>
          From day 2 each affected setting gets a telephone update and a written confirmation; from day 3 an SMT member contacts each one.
        </Alert>
      )}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Setting</TableCell>
            <TableCell>Phone</TableCell>
            {PER_SETTING.map((k) => <TableCell key={k}>{CONTACT_LABELS[k]}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {settings.map((s) => (
            <TableRow key={s.id} aria-label={s.name}>
              <TableCell>{s.name}</TableCell>
              <TableCell>{s.contactPhone ?? '—'}</TableCell>
              {PER_SETTING.map((kind) => {
                const t = task(s.id, kind);
                return (
                  <TableCell key={kind} aria-label={`${s.name} ${CONTACT_LABELS[kind]}`}>
                    {!t ? <Typography variant="caption" color="text.secondary">from day {kind === 'smt_contact' ? 3 : 2}</Typography>
                      : t.done ? <Done task={t} />
                      : (
                        <Stack direction="row" spacing={0.5}>
                          {may(kind) && (
                            <Button size="small" label={kind === 'telephone_update' ? 'Log call' : kind === 'smt_contact' ? 'Log contact' : 'Log letter'}
                              onClick={() => setContact({ settingId: s.id, settingName: s.name, kind })} />
                          )}
                          {kind === 'written_confirmation' && active && canEmail && s.contactEmail && (
                            <Button size="small" label="Email" onClick={() => setWriting([s.id])} />
                          )}
                          {!may(kind) && !(kind === 'written_confirmation' && canEmail) && <Typography variant="caption" color="warning.main">open</Typography>}
                        </Stack>
                      )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total > PAGE && <Pagination sx={{ mt: 1 }} count={Math.ceil(total / PAGE)} page={page} onChange={(_e, p) => setPage(p)} />}
      {contact && <ContactDialog incident={incident} open onClose={() => setContact(null)} {...contact} />}
      {writing && <WrittenConfirmationsDialog incident={incident} open onClose={() => setWriting(null)} settingIds={writing === 'outstanding' ? undefined : writing} />}
    </Box>
  );
}

/** The day's checklist: the playbook's own tasks, then one row per affected setting. */
export function Checklist({ incident }: { incident: Incident }) {
  return (
    <Box>
      <PlaybookTasks incident={incident} />
      <SettingsChecklist incident={incident} />
    </Box>
  );
}

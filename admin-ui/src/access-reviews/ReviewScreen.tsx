import { Alert, Box, Card, CardContent, Chip, FormControlLabel, Radio, RadioGroup, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useNotify, useRedirect } from 'react-admin';
import { REVIEW_DECISIONS, ROLE_CHOICES } from '../common/choices';
import { ConfirmButton } from '../common/ConfirmButton';
import { dataProvider, type ReviewDue, type RosterRow } from '../data/dataProvider';
import CheckIcon from '@mui/icons-material/FactCheck';

const roleName = (id: string) => ROLE_CHOICES.find((c) => c.id === id)?.name ?? id;
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never');

type Decision = 'keep' | 'change' | 'remove';

/**
 * The termly review: everyone with an account, their roles and last sign-in, and a decision for each. "Remove"
 * deactivates the account when the review is saved; "change" is sent to the admins with the note.
 */
export function ReviewScreen() {
  const notify = useNotify();
  const redirect = useRedirect();
  const due = useQuery({ queryKey: ['access-reviews', 'due'], queryFn: () => dataProvider.reviewDue() });
  const roster = useQuery({ queryKey: ['access-reviews', 'roster'], queryFn: () => dataProvider.reviewRoster() });
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  if (due.isPending || roster.isPending) return <Loading />;
  if (due.error || roster.error) return <Alert severity="error">{String((due.error ?? roster.error)?.message)}</Alert>;
  const term: ReviewDue = due.data.data;
  const people: RosterRow[] = roster.data.data;
  const decisionOf = (id: string): Decision => decisions[id] ?? 'keep';
  const removals = people.filter((p) => decisionOf(p.id) === 'remove');
  const changes = people.filter((p) => decisionOf(p.id) === 'change');

  const submit = async () => {
    setSaving(true);
    try {
      const { data } = await dataProvider.create('access-reviews', {
        data: { term: term.term, entries: people.map((p) => ({ staffId: p.id, decision: decisionOf(p.id), note: notes[p.id] || null })) },
      });
      notify(`The ${term.term} review is recorded`, { type: 'success' });
      redirect('show', 'access-reviews', data.id);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={`Access review ${term.term}`} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Access review for {term.term.replace('-', ' ')}
          </Typography>
          {term.done ? (
            <Alert severity="success" aria-label="Review status">This term's review is done ({when(term.completedAt)}).</Alert>
          ) : (
            <Alert severity="info" aria-label="Review status">
              Due this term: check that each person still needs every role they hold. "Remove" disables the account at once;
              "Change" asks the admins to change the roles, with your note.
            </Alert>
          )}
          <Table size="small" sx={{ mt: 2 }} aria-label="Staff to review">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Roles</TableCell>
                <TableCell>Last sign-in</TableCell>
                <TableCell>Training</TableCell>
                <TableCell>Decision</TableCell>
                <TableCell>Note</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {people.map((p) => (
                <TableRow key={p.id} data-staff={p.email}>
                  <TableCell>{p.name}<br /><Typography variant="caption" color="text.secondary">{p.email}</Typography></TableCell>
                  <TableCell>{p.roles.map((r) => <Chip key={r} size="small" label={roleName(r)} sx={{ mr: 0.5 }} />)}</TableCell>
                  <TableCell>{when(p.lastSignInAt)}</TableCell>
                  <TableCell>{p.trainingCompletedAt ? new Date(p.trainingCompletedAt).toLocaleDateString('en-GB') : <Chip size="small" color="warning" label="none" />}</TableCell>
                  <TableCell>
                    <RadioGroup row value={decisionOf(p.id)} onChange={(e) => setDecisions({ ...decisions, [p.id]: e.target.value as Decision })}
                      aria-label={`Decision for ${p.name}`}>
                      {REVIEW_DECISIONS.map((d) => <FormControlLabel key={d.id} value={d.id} control={<Radio size="small" />} label={d.name} disabled={term.done} />)}
                    </RadioGroup>
                  </TableCell>
                  <TableCell>
                    <MuiTextField size="small" value={notes[p.id] ?? ''} disabled={term.done} placeholder={decisionOf(p.id) === 'change' ? 'What should change' : ''}
                      onChange={(e) => setNotes({ ...notes, [p.id]: e.target.value })} slotProps={{ htmlInput: { 'aria-label': `Note for ${p.name}`, maxLength: 1000 } }} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {!term.done && (
            <Box sx={{ mt: 2 }}>
              <ConfirmButton
                label="Complete the review"
                icon={<CheckIcon />}
                title={`Complete the ${term.term} review?`}
                content={`${people.length} people reviewed: ${removals.length} to remove${removals.length ? ` (${removals.map((p) => p.name).join(', ')}: disabled and signed out now)` : ''}, ${changes.length} role change(s) sent to the admins.`}
                confirm="Complete"
                pending={saving}
                onConfirm={() => void submit()}
              />
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}

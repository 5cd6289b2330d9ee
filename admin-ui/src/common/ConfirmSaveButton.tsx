import { useState } from 'react';
import { Confirm, SaveButton, Toolbar, useRecordContext, useSaveContext, type RaRecord } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

export interface Consequence {
  title: string;
  content: string;
  confirm: string;
}

/** What saving these values would do that cannot be undone, or null when the save is harmless. */
export type ConsequenceOf = (values: Record<string, unknown>, record: RaRecord | undefined) => Consequence | null;

/** A save button that asks first when the form's values make the save destructive (resolving a case, disabling an account). */
export function ConfirmSaveButton({ consequence }: { consequence: ConsequenceOf }) {
  const record = useRecordContext();
  const values = useWatch() as Record<string, unknown>;
  const form = useFormContext();
  const { save } = useSaveContext();
  const [asking, setAsking] = useState(false);
  const danger = consequence(values, record);

  return (
    <>
      <SaveButton
        type="button"
        label={danger?.confirm}
        onClick={(event) => {
          if (!danger) return;
          event.preventDefault();
          setAsking(true);
        }}
      />
      <Confirm
        isOpen={asking && !!danger}
        title={danger?.title ?? ''}
        content={danger?.content ?? ''}
        confirm={danger?.confirm}
        onConfirm={() => {
          setAsking(false);
          void form.handleSubmit((v) => save?.(v))();
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

export const ConfirmSaveToolbar = ({ consequence }: { consequence: ConsequenceOf }) => (
  <Toolbar>
    <ConfirmSaveButton consequence={consequence} />
  </Toolbar>
);

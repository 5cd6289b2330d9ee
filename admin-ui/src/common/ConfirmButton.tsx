import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Confirm } from 'react-admin';

interface ConfirmButtonProps {
  label: string;
  icon: ReactElement;
  title: string;
  content: ReactNode;
  confirm: string;
  pending: boolean;
  onConfirm: () => void;
}

/** A button whose action waits for a yes in a dialog: every destructive or consequential step asks first. */
export function ConfirmButton({ label, icon, title, content, confirm, pending, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button label={label} onClick={() => setAsking(true)} disabled={pending}>
        {icon}
      </Button>
      <Confirm
        isOpen={asking}
        loading={pending}
        title={title}
        content={content}
        confirm={confirm}
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

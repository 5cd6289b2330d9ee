import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton } from 'react-admin';

/** What a list shows when there is nothing in it yet: a sentence, and the create button when the user may create. */
export function EmptyState({ title, hint, create = true }: { title: string; hint?: ReactNode; create?: boolean }) {
  return (
    <Box sx={{ textAlign: 'center', m: 'auto', py: 8, px: 2, maxWidth: 520 }} role="status">
      <Typography variant="h6" gutterBottom>
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {hint}
        </Typography>
      )}
      {create && <CreateButton variant="contained" />}
    </Box>
  );
}

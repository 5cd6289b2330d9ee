import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The frame of a page reached from an emailed link: no login, no menu. */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', p: 3 }}>
      <Card sx={{ maxWidth: 640, width: '100%', mt: 6 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>{title}</Typography>
          {children}
        </CardContent>
      </Card>
    </Box>
  );
}

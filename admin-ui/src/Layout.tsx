import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, UserMenu } from 'react-admin';
import { AppMenu } from './AppMenu';
import { TwoFactorMenuItem } from './auth/TwoFactorPage';

const AppUserMenu = () => (
  <UserMenu>
    <TwoFactorMenuItem />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

/** react-admin's layout: the role's menu, and the staff member's own two-factor settings in the user menu. */
export function AppLayout({ children }: { children: ReactNode }) {
  return <Layout appBar={AppAppBar} menu={AppMenu}>{children}</Layout>;
}

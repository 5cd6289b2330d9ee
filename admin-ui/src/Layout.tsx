import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, Menu, UserMenu } from 'react-admin';
import { TwoFactorMenuItem } from './auth/TwoFactorPage';
import { ProcessingRecordMenuItem } from './processor';

const AppUserMenu = () => (
  <UserMenu>
    <TwoFactorMenuItem />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItems />
    <ProcessingRecordMenuItem />
  </Menu>
);

/** react-admin's layout, with the staff member's own two-factor settings in the user menu. */
export function AppLayout({ children }: { children: ReactNode }) {
  return <Layout appBar={AppAppBar} menu={AppMenu}>{children}</Layout>;
}

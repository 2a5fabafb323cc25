// The admin page: setup, the governance configuration, its versions and the re-assessment it starts.
import { mount } from '../../shared/bootstrap';
import { AdminPage } from './admin-page';

void mount({ render: () => <AdminPage /> });

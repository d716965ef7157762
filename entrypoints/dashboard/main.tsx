import { render } from 'preact';
import '@/components/ui.css';
import './style.css';
import { uiLanguage } from '@/lib/ext/browser';
import { setLang, tr } from '@/components/i18n';
import { Dashboard } from './Dashboard';

setLang(uiLanguage());
document.title = `${tr('ui_title')} · ${tr('ui_dashboard')}`;
render(<Dashboard />, document.getElementById('app')!);

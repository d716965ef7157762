import { render } from 'preact';
import '@/components/ui.css';
import './style.css';
import { uiLanguage } from '@/lib/ext/browser';
import { setLang } from '@/components/i18n';
import { Popup } from './Popup';

setLang(uiLanguage());
render(<Popup />, document.getElementById('app')!);

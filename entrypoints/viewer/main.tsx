import { render } from 'preact';
import '@/components/ui.css';
import './style.css';
import { uiLanguage } from '@/lib/ext/browser';
import { setLang, tr } from '@/components/i18n';
import { Viewer } from './Viewer';

setLang(uiLanguage());
document.title = `${tr('ui_title')} · ${tr('ui_viewer')}`;
const q = new URLSearchParams(location.search);
render(<Viewer url={q.get('url') ?? ''} from={q.get('from')} doc={document.getElementById('doc')!} pages={document.getElementById('pages')!} />, document.getElementById('app')!);

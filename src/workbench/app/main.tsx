// The workbench's browser entry: read the workspace the page carries and show it.
import { render } from 'preact';
import { App } from './app.js';
import { readWorkspace } from './data.js';

render(<App workspace={readWorkspace(document)} />, document.getElementById('app')!);

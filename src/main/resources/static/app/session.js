// The page's sign-in: GET /api/v1/session says who is signed in and gives the CSRF token every write of the page
// carries; POST /api/v1/session signs in with a form, DELETE signs out. Editing controls show for EDITORs only.
import {ApiError} from './api.js';
import {clear, h} from './dom.js';
import {t} from './i18n.js';

let current = {name: null, roles: [], csrfHeader: null, csrfToken: null};
const listeners = [];

export const session = () => current;
export const hasRole = role => current.roles.includes(role);

/** Called with the session whenever it changes (sign in, sign out). */
export function onSession(listener) {
  listeners.push(listener);
}

export async function loadSession() {
  const response = await fetch('/api/v1/session', {headers: {Accept: 'application/json'}});
  current = response.ok ? await response.json() : {name: null, roles: []};
  document.body.dataset.roles = current.roles.join(' ');
  drawWho();
  listeners.forEach(listener => listener(current));
  return current;
}

/** A write of the signed-in user: JSON (or text) in, parsed JSON out; a refusal is an ApiError with its problem. */
export async function write(method, path, body, contentType = 'application/json') {
  const headers = {Accept: 'application/json', 'Content-Type': contentType};
  if (current.csrfHeader) headers[current.csrfHeader] = current.csrfToken;
  const response = await fetch(`/api/v1${path}`, {method, headers, credentials: 'same-origin',
    body: contentType === 'application/json' ? JSON.stringify(body) : body});
  const answer = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError((answer && (answer.detail || answer.title)) || `${response.status}`, answer, response.status);
  }
  return answer;
}

async function signIn(form) {
  const out = form.querySelector('.sign-in-error');
  out.textContent = '';
  const headers = {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'};
  if (current.csrfHeader) headers[current.csrfHeader] = current.csrfToken;
  const response = await fetch('/api/v1/session', {method: 'POST', headers, credentials: 'same-origin',
    body: new URLSearchParams({username: form.username.value, password: form.password.value})});
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    out.textContent = response.status === 429 ? problem.detail || t('session.wait') : t('session.wrong');
    await loadSession(); // a new CSRF token for the next try
    return;
  }
  form.password.value = '';
  document.getElementById('sign-in-dialog').close();
  await loadSession();
}

async function signOut() {
  await write('DELETE', '/session').catch(() => {});
  await loadSession();
}

function drawWho() {
  const box = document.getElementById('who');
  if (!box) return;
  if (current.name) {
    clear(box, h('span', {class: 'who-name'}, t('session.as', current.name, current.roles.join(', '))), ' ',
      h('button', {type: 'button', id: 'sign-out', onclick: signOut}, t('session.signOut')));
  } else {
    clear(box, h('button', {type: 'button', id: 'sign-in', onclick: () => {
      document.getElementById('sign-in-dialog').showModal();
    }}, t('session.signIn')));
  }
}

/** Wires the sign-in dialog (once, at start). */
export function wireSignIn() {
  const form = document.getElementById('sign-in-form');
  form.addEventListener('submit', e => { e.preventDefault(); signIn(form); });
  document.getElementById('sign-in-cancel').addEventListener('click', () =>
    document.getElementById('sign-in-dialog').close());
}
